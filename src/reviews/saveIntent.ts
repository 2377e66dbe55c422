import { contextSlot } from '../utilities/contextSlot'

/** The operation a save belongs to: restoring a version runs the update hooks with other rules. */
export type SaveOperation = 'create' | 'restoreVersion' | 'update'

/**
 * What the request itself asked for, before Payload merged it with the stored document: its data and
 * the `draft` argument, which collection hooks do not see.
 */
export type SaveIntent = {
  data: Record<string, unknown>
  isDraftArg: boolean
  operation: SaveOperation
}

export const saveIntentSlot = contextSlot<SaveIntent>('reviewSaveIntent')
