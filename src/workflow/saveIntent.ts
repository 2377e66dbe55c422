import { contextSlot } from '../utilities/contextSlot'

/** What the request itself asked for, before Payload merged it with the stored document. */
export type SaveIntent = { data: Record<string, unknown>; isDraftSave: boolean }

export const saveIntentSlot = contextSlot<SaveIntent>('reviewSaveIntent')
