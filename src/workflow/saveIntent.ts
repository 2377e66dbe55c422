import type { PayloadRequest } from 'payload'

/** What the request itself asked for, before Payload merged it with the stored document. */
export type SaveIntent = { data: Record<string, unknown>; isDraftSave: boolean }

const key = (collection: string): string => `reviewSaveIntent:${collection}`

export const rememberIntent = (
  req: PayloadRequest,
  collection: string,
  intent: SaveIntent,
): void => {
  req.context[key(collection)] = intent
}

export const recallIntent = (req: PayloadRequest, collection: string): SaveIntent | undefined =>
  req.context[key(collection)] as SaveIntent | undefined
