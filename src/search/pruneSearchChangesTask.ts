import type { TaskConfig } from 'payload'

import { PRUNE_SEARCH_CHANGES } from '../vocabulary/taskNames'
import { prunePortableChanges } from './engine/prunePortableChanges'
import { searchEngineNameOf } from './searchIndexCollections'

/** Change records older than this are dropped: every instance has applied them long before. */
export const KEEP_CHANGES_MS = 24 * 60 * 60_000

/**
 * The daily pruning of the portable search index's change records (one per publish, else kept
 * for ever, and counted before every search). Nothing to do on the database's own text search.
 */
export const pruneSearchChangesTask = ({ cron }: { cron: string }): TaskConfig => ({
  slug: PRUNE_SEARCH_CHANGES,
  handler: async ({ req }) => {
    if (searchEngineNameOf(req.payload) !== 'portable') return { output: { pruned: 0 } }
    return { output: { pruned: await prunePortableChanges(req, Date.now() - KEEP_CHANGES_MS) } }
  },
  outputSchema: [{ name: 'pruned', type: 'number' }],
  retries: { attempts: 3, backoff: { delay: 60_000, type: 'exponential' } },
  schedule: [{ cron, queue: 'default' }],
})
