import type { CollectionBeforeChangeHook } from 'payload'

import { type InternalNote, listRemovedNotes } from '../../src/bookings/decideInternalNotes'
import { idOf } from '../../src/utilities/idOf'

type NoteRemoval = {
  noteAuthor: null | number | string
  noteId: string
  removedAt: string
  removedBy: null | number | string
  writtenAt: null | string
}

/**
 * Keeps `noteRemovals`: who removed whose internal note (written when) and when, appended on every
 * save that leaves a stored note out (stampInternalNotes lets only admins do that). Nobody writes
 * the list otherwise: what a request sends for it is ignored. The note's text is not kept, since
 * taking it out of the record is what a removal is for.
 */
export const recordNoteRemovals: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return { ...data, noteRemovals: [] }
  const kept = (originalDoc.noteRemovals ?? []) as NoteRemoval[]
  const after = data.internalNotes as InternalNote[] | undefined
  if (after === undefined) return { ...data, noteRemovals: kept }
  const removedAt = new Date().toISOString()
  const removals = listRemovedNotes({
    after,
    before: (originalDoc.internalNotes ?? []) as InternalNote[],
  }).map((note): NoteRemoval => ({
    noteAuthor: idOf(note.author) ?? null,
    noteId: String(note.id),
    removedAt,
    removedBy: req.user?.id ?? null,
    writtenAt: note.at ?? null,
  }))
  return { ...data, noteRemovals: [...kept, ...removals] }
}
