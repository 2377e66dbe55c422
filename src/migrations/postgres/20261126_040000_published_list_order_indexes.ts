import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand: Payload's compound indexes are ascending and cannot include columns, so the
 * schema snapshot does not change. Found with `npm run bench` (P3).
 *
 * A list filtered by topic (`/api/speakers?where[topics][in]=7&limit=20`) is
 * `SELECT DISTINCT id, <sort columns> … ORDER BY <sort> DESC, id LIMIT 20`, with
 * `_status = 'published'` for anonymous readers. Without an index in exactly that order, PostgreSQL
 * either fetched every speaker of the topic and sorted them (a topic has 50 times more speakers at
 * 50,000 than at 1,000) or walked `created_at` backwards in parallel workers and sorted again for
 * the DISTINCT: 30–50 ms at 50,000 speakers against 0.5 ms at 1,000. With these it walks the newest
 * documents in the list's order, reading the index only (`_status` is in it), and stops at the
 * page's last one of the topic: about 0.5 ms at either size. Not partial, so the content team's
 * lists (drafts included) walk them too.
 *
 * - speakers: Payload's default order, `-createdAt`.
 * - interviews: the collection's `defaultSort: '-publishedAt'`, to which Payload adds `createdAt`.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "speakers_list_order_idx" ON "speakers" USING btree ("created_at" DESC, "id") INCLUDE ("_status");
  CREATE INDEX IF NOT EXISTS "interviews_list_order_idx" ON "interviews" USING btree ("published_at" DESC, "created_at" DESC, "id") INCLUDE ("_status");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "speakers_list_order_idx";
  DROP INDEX IF EXISTS "interviews_list_order_idx";`)
}
