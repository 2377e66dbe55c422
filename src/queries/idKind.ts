import type { Payload } from 'payload'

import { isValidID } from 'payload'

/** What an id looks like to the database: decides which values can never match a document. */
export type IdKind = 'integer' | 'objectId' | 'text' | 'uuid'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const INTEGER = /^-?\d+$/

/**
 * The id kind of a collection on this adapter, never assumed: a custom id field's type, else the
 * adapter's `defaultIDType` (numbers on SQLite/PostgreSQL by default), ObjectIds on MongoDB, UUIDs
 * on a SQL adapter set up with `idType: 'uuid'`.
 */
export const idKindOf = ({
  customIDType,
  db,
}: {
  customIDType?: 'number' | 'text'
  db: Pick<Payload['db'], 'defaultIDType' | 'name'> & { idType?: string }
}): IdKind => {
  if (customIDType === 'number') return 'integer'
  if (customIDType === 'text') return 'text'
  if (db.defaultIDType === 'number') return 'integer'
  if (db.name === 'mongoose') return 'objectId'
  return db.idType === 'uuid' ? 'uuid' : 'text'
}

/** The id kind of one of this Payload's collections, or undefined for a slug it does not have. */
export const idKindOfCollection = (payload: Payload, slug: string): IdKind | undefined => {
  const collection = payload.collections[slug as keyof Payload['collections']]
  return collection
    ? idKindOf({ customIDType: collection.customIDType, db: payload.db })
    : undefined
}

/**
 * Whether a value could be the id of a document: Payload passes `parseFloat('abc')` (NaN) for
 * `/api/speakers/abc` on SQL adapters, and SQLite/PostgreSQL then fail the query (a 500).
 */
export const isPossibleId = (value: unknown, kind: IdKind): boolean => {
  switch (kind) {
    case 'integer':
      if (typeof value === 'number') return Number.isSafeInteger(value)
      return typeof value === 'string' && INTEGER.test(value) && Number.isSafeInteger(Number(value))
    case 'objectId':
      return (
        (typeof value === 'string' || typeof value === 'object') &&
        isValidID(value as string, 'ObjectID')
      )
    case 'uuid':
      return typeof value === 'string' && UUID.test(value)
    case 'text':
      return typeof value === 'string' || typeof value === 'number'
  }
}
