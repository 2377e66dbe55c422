import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'

import { backfillSearchTerms } from '../../search/backfillSearchTerms'

/**
 * Written by hand, no schema change: the admin's list search terms of what is already stored, now
 * with Chinese given names' other readings (`zhao yang` for 朝阳; see chineseGivenNames).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await backfillSearchTerms(async (query) => (await db.execute(query)).rows)
}

/** The terms written by `up` are a superset of the old ones: nothing to undo. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
