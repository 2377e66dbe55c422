import type { PayloadRequest } from 'payload'

import type { SearchEntry } from './types'

type Req = Partial<PayloadRequest> | undefined

/** An entry as the portable index stores it (collections/search/portableIndex.ts). */
export type EntryRow = { entry: SearchEntry; key: string }

/** A write's record in `search-changes`: what portableCopy.ts reads to catch up. */
export type ChangeRecord = { change: string; keys: null | string[] }

/**
 * How the portable index writes its entries, each write with its change record, in the request's
 * transaction: by SQL statements of its own on SQLite and PostgreSQL (portableSqlWrites.ts), by
 * Payload's adapter elsewhere (portableAdapterWrites.ts). Both leave the same documents.
 */
export type PortableWrites = {
  /** Writes entries, new or held (one row per key: an upsert may not touch a row twice). */
  put: (rows: EntryRow[], change: ChangeRecord, req: Req) => Promise<void>
  /** Deletes the entries `where` picks (a list of keys, or a collection's all) and records it. */
  remove: (
    where: { keys: string[] } | { searchable: string },
    change: ChangeRecord,
    req: Req,
  ) => Promise<void>
}
