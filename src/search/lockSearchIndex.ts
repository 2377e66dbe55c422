import type { PayloadRequest } from 'payload'

import { lockUntilCommit } from '../db/lockUntilCommit'

/**
 * One save at a time writes the search index, until its transaction ends: an entry is built from
 * other documents (an interview's from its speakers' names, every entry from the topic tree), so
 * two saves at once would each build from what the other has not committed yet, and the one
 * committing last would put back a stale name (two co-speakers renamed at once: one name lost).
 * Taken by the index's hooks, which run after the collection's own, so a save holding it writes
 * nothing but the index before it commits and no two saves wait on each other.
 */
export const lockSearchIndex = (req: PayloadRequest): Promise<void> =>
  lockUntilCommit(req, 'sb_search_index')
