import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { lockRow } from '../src/db/lockRow'

/**
 * First of a collection's beforeDelete hooks when others delete the records that point at the
 * document: on PostgreSQL it takes the row's `FOR UPDATE` lock in the delete's transaction, so a
 * record inserted meanwhile with a reference to it (a queued job writing a delivery record: its
 * foreign-key check takes `FOR KEY SHARE`) waits for the delete and then fails, instead of
 * slipping in between the dependants' deletion and the row's and failing the delete (500).
 * SQLite lets one writer at a time anyway; MongoDB has no foreign keys.
 */
export const lockRowForDelete =
  (collection: CollectionSlug): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await lockRow(req, collection, id)
  }
