import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_booking_requests_anonymised_reason" AS ENUM('retention', 'erasure');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'applyRetention' BEFORE 'revalidateFrontend';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'applyRetention' BEFORE 'revalidateFrontend';
  CREATE TABLE "privacy_erasures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email_hash" varchar NOT NULL,
  	"by_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"booking_requests" numeric DEFAULT 0,
  	"proposals" numeric DEFAULT 0,
  	"notifications" numeric DEFAULT 0,
  	"jobs" numeric DEFAULT 0,
  	"rate_limit_counters" numeric DEFAULT 0,
  	"review_deliveries" numeric DEFAULT 0,
  	"account_deleted" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "retention_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"job" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"anonymised" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users" ADD COLUMN "is_deactivated" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "deactivated_at" timestamp(3) with time zone;
  ALTER TABLE "booking_requests" ADD COLUMN "anonymised_at" timestamp(3) with time zone;
  ALTER TABLE "booking_requests" ADD COLUMN "anonymised_reason" "enum_booking_requests_anonymised_reason";
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "privacy_erasures_id" integer;
  ALTER TABLE "privacy_erasures" ADD CONSTRAINT "privacy_erasures_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "privacy_erasures_email_hash_idx" ON "privacy_erasures" USING btree ("email_hash");
  CREATE INDEX "privacy_erasures_by_idx" ON "privacy_erasures" USING btree ("by_id");
  CREATE INDEX "privacy_erasures_updated_at_idx" ON "privacy_erasures" USING btree ("updated_at");
  CREATE INDEX "privacy_erasures_created_at_idx" ON "privacy_erasures" USING btree ("created_at");
  CREATE UNIQUE INDEX "retention_runs_day_idx" ON "retention_runs" USING btree ("day");
  CREATE INDEX "retention_runs_updated_at_idx" ON "retention_runs" USING btree ("updated_at");
  CREATE INDEX "retention_runs_created_at_idx" ON "retention_runs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_privacy_erasures_fk" FOREIGN KEY ("privacy_erasures_id") REFERENCES "public"."privacy_erasures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "booking_requests_anonymised_anonymised_at_idx" ON "booking_requests" USING btree ("anonymised_at");
  CREATE INDEX "payload_locked_documents_rels_privacy_erasures_id_idx" ON "payload_locked_documents_rels" USING btree ("privacy_erasures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "privacy_erasures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "retention_runs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "privacy_erasures" CASCADE;
  DROP TABLE "retention_runs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_privacy_erasures_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendReviewNotification', 'notifyStaffOfBookingRequest', 'acknowledgeBookingRequest', 'postBookingWebhook', 'remindStaffOfBookingSla', 'mailProposalLink', 'notifyStaffOfProposalAnswer', 'postProposalAnswerWebhook', 'expireHold', 'notifyStaffOfHold', 'revalidateFrontend', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendReviewNotification', 'notifyStaffOfBookingRequest', 'acknowledgeBookingRequest', 'postBookingWebhook', 'remindStaffOfBookingSla', 'mailProposalLink', 'notifyStaffOfProposalAnswer', 'postProposalAnswerWebhook', 'expireHold', 'notifyStaffOfHold', 'revalidateFrontend', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "booking_requests_anonymised_anonymised_at_idx";
  DROP INDEX "payload_locked_documents_rels_privacy_erasures_id_idx";
  ALTER TABLE "users" DROP COLUMN "is_deactivated";
  ALTER TABLE "users" DROP COLUMN "deactivated_at";
  ALTER TABLE "booking_requests" DROP COLUMN "anonymised_at";
  ALTER TABLE "booking_requests" DROP COLUMN "anonymised_reason";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "privacy_erasures_id";
  DROP TYPE "public"."enum_booking_requests_anonymised_reason";`)
}
