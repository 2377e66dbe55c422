import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillSearchTerms } from '../../search/backfillSearchTerms'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`speakers\` ADD \`search_terms\` text;`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` ADD \`version_search_terms\` text;`)
  await db.run(sql`ALTER TABLE \`interviews\` ADD \`search_terms\` text;`)
  await db.run(sql`ALTER TABLE \`_interviews_v\` ADD \`version_search_terms\` text;`)
  // Written by hand: the admin's list search terms of what is already stored.
  await backfillSearchTerms(async (query) => (await db.run(query)).rows)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`speakers\` DROP COLUMN \`search_terms\`;`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` DROP COLUMN \`version_search_terms\`;`)
  await db.run(sql`ALTER TABLE \`interviews\` DROP COLUMN \`search_terms\`;`)
  await db.run(sql`ALTER TABLE \`_interviews_v\` DROP COLUMN \`version_search_terms\`;`)
}
