import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Accounts from before names were required are named after their address, so NOT NULL holds.
  // Day-only values were instants (midnight UTC from the API, 12:00 UTC from the admin's picker):
  // their UTC date is the day that was meant; they are YYYY-MM-DD text from now on.
  await db.execute(sql`
   UPDATE "users" SET "name" = CASE WHEN position('@' in "email") > 2 THEN split_part("email", '@', 1) ELSE "email" END WHERE "name" IS NULL OR trim("name") = '';
  ALTER TABLE "users" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "interviews" ALTER COLUMN "source_original_date" SET DATA TYPE varchar USING to_char("source_original_date" AT TIME ZONE 'UTC', 'YYYY-MM-DD');
  ALTER TABLE "_interviews_v" ALTER COLUMN "version_source_original_date" SET DATA TYPE varchar USING to_char("version_source_original_date" AT TIME ZONE 'UTC', 'YYYY-MM-DD');
  ALTER TABLE "booking_requests" ALTER COLUMN "event_date" SET DATA TYPE varchar USING to_char("event_date" AT TIME ZONE 'UTC', 'YYYY-MM-DD');
  ALTER TABLE "booking_requests" ADD COLUMN "event_time_zone" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "interviews" ALTER COLUMN "source_original_date" SET DATA TYPE timestamp(3) with time zone USING ("source_original_date" || 'T12:00:00Z')::timestamptz;
  ALTER TABLE "_interviews_v" ALTER COLUMN "version_source_original_date" SET DATA TYPE timestamp(3) with time zone USING ("version_source_original_date" || 'T12:00:00Z')::timestamptz;
  ALTER TABLE "booking_requests" ALTER COLUMN "event_date" SET DATA TYPE timestamp(3) with time zone USING ("event_date" || 'T12:00:00Z')::timestamptz;
  ALTER TABLE "booking_requests" DROP COLUMN "event_time_zone";`)
}
