import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../src/utilities/idOf'

type Note = { at?: null | string; author?: unknown; id?: null | string; note: string }

/** New internal notes get their author and time from the server; existing ones keep theirs. */
export const stampInternalNotes: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.internalNotes)) return data
  const existing = new Map<string, Note>(
    ((originalDoc?.internalNotes ?? []) as Note[]).map((note) => [String(note.id), note]),
  )
  const internalNotes = (data.internalNotes as Note[]).map((note) => {
    const before = note.id ? existing.get(String(note.id)) : undefined
    if (before) return { ...note, at: before.at, author: idOf(before.author) }
    return { ...note, at: new Date().toISOString(), author: req.user?.id ?? null }
  })
  return { ...data, internalNotes }
}
