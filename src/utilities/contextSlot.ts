import type { PayloadRequest } from 'payload'

/** A named, per-collection place on `req.context` to carry a value from one hook to a later one. */
export const contextSlot = <T>(name: string) => {
  const key = (collection: string): string => `${name}:${collection}`
  return {
    peek: (req: PayloadRequest, collection: string): T | undefined =>
      req.context[key(collection)] as T | undefined,
    put: (req: PayloadRequest, collection: string, value: T): void => {
      req.context[key(collection)] = value
    },
    take: (req: PayloadRequest, collection: string): T | undefined => {
      const value = req.context[key(collection)] as T | undefined
      delete req.context[key(collection)]
      return value
    },
  }
}
