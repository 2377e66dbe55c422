import type { Payload } from 'payload'

import { MemoryStore, type Options, type Store } from 'express-rate-limit'

import { DatabaseStore } from './databaseStore'

export type RateLimitRule = {
  /** Requests (or attempts) per client per window. */
  limit: number
  /** Which limit this is: counters of different limits never mix. */
  name: string
  windowMs: number
}

/**
 * The stores hang on the Payload instance itself, not in this module: Next.js bundles the route
 * handlers with their own copy of the config and of this module (the GraphQL schema is built from
 * that copy), while REST runs the hooks of the config the server started Payload with. Both reach
 * the same `req.payload`, so keeping the stores there gives every path one counter per limit.
 */
const STORES = Symbol.for('speakers-bureau.rateLimitStores')

type WithStores = Payload & { [STORES]?: Map<string, Store> }

/** On one database, one counter store per limit, so hooks and endpoints of one limit share it. */
export const rateLimitStore = (payload: Payload, { name, windowMs }: RateLimitRule): Store => {
  const holder = payload as WithStores
  const ours = holder[STORES] ?? new Map<string, Store>()
  holder[STORES] = ours
  const id = `${name}/${windowMs}`
  const existing = ours.get(id)
  if (existing) return existing
  // SQLite is one server's own file; PostgreSQL and MongoDB may serve several instances at once.
  const store = payload.db.name === 'sqlite' ? new MemoryStore() : new DatabaseStore(payload, name)
  void store.init?.({ windowMs } as Options)
  ours.set(id, store)
  return store
}
