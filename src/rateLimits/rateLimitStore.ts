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

const stores = new WeakMap<Payload, Map<string, Store>>()

/** On one database, one counter store per limit, so hooks and endpoints of one limit share it. */
export const rateLimitStore = (payload: Payload, { name, windowMs }: RateLimitRule): Store => {
  const ours = stores.get(payload) ?? new Map<string, Store>()
  stores.set(payload, ours)
  const id = `${name}/${windowMs}`
  const existing = ours.get(id)
  if (existing) return existing
  // SQLite is one server's own file; PostgreSQL and MongoDB may serve several instances at once.
  const store = payload.db.name === 'sqlite' ? new MemoryStore() : new DatabaseStore(payload, name)
  void store.init?.({ windowMs } as Options)
  ours.set(id, store)
  return store
}
