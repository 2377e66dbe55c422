import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand: Payload's compound indexes are ascending and cannot be partial, so the schema
 * snapshot does not change. Found with `npm run bench` (P3).
 *
 * An anonymous list filtered by topic (`/api/speakers?where[topics][in]=7&limit=20`) is
 * `SELECT DISTINCT id, <sort column> … WHERE _status = 'published' ORDER BY <sort> DESC, id LIMIT 20`.
 * Without an index in exactly that order, PostgreSQL either fetched every speaker of the topic and
 * sorted them (a topic has 50 times more speakers at 50,000 than at 1,000) or walked
 * `created_at` backwards in parallel workers and sorted again for the DISTINCT: 30–50 ms at 50,000
 * speakers against 0.5 ms at 1,000. With these indexes it walks the newest published documents in
 * the list's order, reading the index only, and stops at the 20th of the topic: about 0.5 ms at
 * either size.
 *
 * - speakers: Payload's default order, `-createdAt`.
 * - interviews: the collection's `defaultSort: '-publishedAt'`, to which Payload adds `createdAt`.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "speakers_published_created_at_order_idx" ON "speakers" USING btree ("created_at" DESC, "id") WHERE "_status" = 'published';
  CREATE INDEX IF NOT EXISTS "interviews_published_published_at_order_idx" ON "interviews" USING btree ("published_at" DESC, "created_at" DESC, "id") WHERE "_status" = 'published';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "speakers_published_created_at_order_idx";
  DROP INDEX IF EXISTS "interviews_published_published_at_order_idx";`)
}
