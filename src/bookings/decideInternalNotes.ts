import type { Bilingual } from '../i18n/localize'
import { idOf } from '../utilities/idOf'

type Id = number | string

/** An internal note as stored: its text, who wrote it and when never change. */
export type InternalNote = {
  at?: null | string
  author?: unknown
  id?: null | string
  note?: unknown
}

export type InternalNotesDecision =
  | { kind: 'accept'; notes: InternalNote[] }
  | { kind: 'refuse'; message: Bilingual; status: 400 | 403 }

type Args = {
  /** Whoever saves may remove notes (admins). */
  canRemove: boolean
  /** `internalNotes` as the save would store it (Payload has filled in an omitted list). */
  incoming: unknown
  /** When this save happens (server time), for the new notes. */
  now: string
  /** The notes stored before this save. */
  stored: InternalNote[]
  /** Who saves, for the new notes. */
  userId: Id | null
}

const edited: Bilingual = {
  en: 'Internal notes cannot be edited once written: their text, author and time stay as they are. Add a new note instead.',
  zh: '内部备注一经写入便不能修改：其内容、作者和时间保持不变。请改为添加一条新备注。',
}
const removedByNonAdmin: Bilingual = {
  en: 'Only admins may remove internal notes. Send the existing notes back unchanged, with their ids, and add new ones after them.',
  zh: '只有管理员可以删除内部备注。请将现有备注连同其 ID 原样发回，并在其后添加新备注。',
}
const malformed: Bilingual = {
  en: 'Send internal notes as a list of objects, each with its text in "note", each existing note once.',
  zh: '内部备注须以对象列表发送，每个对象的内容放在 "note" 中，每条现有备注只发送一次。',
}

const refuse = (message: Bilingual, status: 400 | 403): InternalNotesDecision => ({
  kind: 'refuse',
  message,
  status,
})

const sameId = (a: unknown, b: unknown): boolean => String(idOf(a) ?? '') === String(idOf(b) ?? '')

const sameInstant = (a: unknown, b: unknown): boolean => {
  if ((a ?? null) === null || (b ?? null) === null) return (a ?? null) === (b ?? null)
  return new Date(String(a)).getTime() === new Date(String(b)).getTime()
}

/** A sent field that is left out keeps the stored value; a sent one must equal it. */
const isUnchanged = (sent: InternalNote, kept: InternalNote): boolean =>
  (sent.note === undefined || sent.note === kept.note) &&
  (sent.author === undefined || sameId(sent.author, kept.author)) &&
  (sent.at === undefined || sameInstant(sent.at, kept.at))

const isRow = (row: unknown): row is InternalNote =>
  typeof row === 'object' && row !== null && !Array.isArray(row)

/**
 * Internal notes are append-only. A sent row whose id is a stored note's must be that note unchanged
 * (text, author, time; a field left out keeps its value); any other row is a new note, stamped with
 * who saves and the server's time, whatever it claims. Stored notes keep their order, new ones come
 * after them, so a reordered list changes nothing. A stored note missing from the list is a removal:
 * admins only (the hook recordNoteRemovals keeps who removed whose note when). Nobody edits a note.
 */
export const decideInternalNotes = ({
  canRemove,
  incoming,
  now,
  stored,
  userId,
}: Args): InternalNotesDecision => {
  const rows = incoming ?? []
  if (!Array.isArray(rows) || !rows.every(isRow)) return refuse(malformed, 400)
  const storedById = new Map(stored.map((note) => [String(note.id), note]))
  const keptIds = new Set<string>()
  const added: InternalNote[] = []
  for (const row of rows) {
    const kept = (row.id ?? null) === null ? undefined : storedById.get(String(row.id))
    if (!kept) {
      added.push({ at: now, author: userId, id: row.id, note: row.note })
      continue
    }
    if (keptIds.has(String(kept.id))) return refuse(malformed, 400)
    if (!isUnchanged(row, kept)) return refuse(edited, 400)
    keptIds.add(String(kept.id))
  }
  const isRemoving = stored.some((note) => !keptIds.has(String(note.id)))
  if (isRemoving && !canRemove) return refuse(removedByNonAdmin, 403)
  const notes = stored
    .filter((note) => keptIds.has(String(note.id)))
    .map(({ at, author, id, note }) => ({ at, author: idOf(author) ?? null, id, note }))
  return { kind: 'accept', notes: [...notes, ...added] }
}

/** The stored notes a save leaves out (by id). */
export const listRemovedNotes = ({
  after,
  before,
}: {
  after: InternalNote[]
  before: InternalNote[]
}): InternalNote[] => {
  const remaining = new Set(after.map((note) => String(note.id)))
  return before.filter((note) => !remaining.has(String(note.id)))
}
