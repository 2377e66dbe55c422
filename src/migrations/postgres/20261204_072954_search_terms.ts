import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillSearchTerms } from '../../search/backfillSearchTerms'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "speakers" ADD COLUMN "search_terms" varchar;
  ALTER TABLE "_speakers_v" ADD COLUMN "version_search_terms" varchar;
  ALTER TABLE "interviews" ADD COLUMN "search_terms" varchar;
  ALTER TABLE "_interviews_v" ADD COLUMN "version_search_terms" varchar;`)
  // Written by hand: the admin's list search terms of what is already stored.
  await backfillSearchTerms(async (query) => (await db.execute(query)).rows)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "speakers" DROP COLUMN "search_terms";
  ALTER TABLE "_speakers_v" DROP COLUMN "version_search_terms";
  ALTER TABLE "interviews" DROP COLUMN "search_terms";
  ALTER TABLE "_interviews_v" DROP COLUMN "version_search_terms";`)
}
