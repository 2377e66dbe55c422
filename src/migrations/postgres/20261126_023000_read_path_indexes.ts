import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand: Payload cannot declare these indexes (two columns of a `_rels` table, a partial
 * index), so the schema snapshot does not change. Found with `npm run bench` (P1, P3).
 *
 * - `(topics_id, parent_id) INCLUDE (path)` on the speakers' and interviews' relationship rows. A list
 *   filtered by topic (`where[topics][in]=…`) makes Payload count the matches with `… GROUP BY
 *   <collection>.id LIMIT 1`, and the planner then walked `<collection>_rels_parent_idx` through every
 *   row of the table (100,000 for 50,000 speakers, 450,000 for 200,000 interviews) to get them grouped
 *   by document. This index gives it the topic's rows only, already in document order, without
 *   reading the table (`path` is in every join condition).
 * - `(id) WHERE _status = 'published'` on speakers and interviews: anonymous reads carry the plugin's
 *   access rule `_status = 'published'`, which Payload applies to every joined row; with this index
 *   the check needs no visit to the table.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "speakers_rels_topics_id_parent_idx" ON "speakers_rels" USING btree ("topics_id","parent_id") INCLUDE ("path");
  CREATE INDEX IF NOT EXISTS "interviews_rels_topics_id_parent_idx" ON "interviews_rels" USING btree ("topics_id","parent_id") INCLUDE ("path");
  CREATE INDEX IF NOT EXISTS "speakers_published_id_idx" ON "speakers" USING btree ("id") WHERE "_status" = 'published';
  CREATE INDEX IF NOT EXISTS "interviews_published_id_idx" ON "interviews" USING btree ("id") WHERE "_status" = 'published';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "speakers_rels_topics_id_parent_idx";
  DROP INDEX IF EXISTS "interviews_rels_topics_id_parent_idx";
  DROP INDEX IF EXISTS "speakers_published_id_idx";
  DROP INDEX IF EXISTS "interviews_published_id_idx";`)
}
