import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'
import { collectionNames } from '../src/vocabulary/collectionNames'

/**
 * Hit counters of the rate limits (booking form, sign-in, acknowledgement mails) when several app
 * instances share a PostgreSQL or MongoDB database: one row per limit and client, counted with an
 * atomic upsert (src/rateLimits/databaseStore.ts), so n instances still allow the limit once. Nobody
 * reads or writes them through the API.
 */
export const RateLimitCounters: CollectionConfig = {
  slug: collectionNames.rateLimitCounters,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  // Never edited by a person, so never locked for one (and no column in Payload's lock table).
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'hits', type: 'number', required: true },
    { name: 'resetAt', type: 'date', index: true, required: true },
  ],
  graphQL: false,
  timestamps: false,
}
