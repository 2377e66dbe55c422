import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "booking_requests" ADD COLUMN "consent" boolean DEFAULT false NOT NULL;
  ALTER TABLE "booking_requests" ADD COLUMN "consent_transfer" boolean DEFAULT false;
  ALTER TABLE "booking_requests" ADD COLUMN "consent_record_given_at" timestamp(3) with time zone;
  ALTER TABLE "booking_requests" ADD COLUMN "consent_record_policy_version" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "booking_requests" DROP COLUMN "consent";
  ALTER TABLE "booking_requests" DROP COLUMN "consent_transfer";
  ALTER TABLE "booking_requests" DROP COLUMN "consent_record_given_at";
  ALTER TABLE "booking_requests" DROP COLUMN "consent_record_policy_version";`)
}
