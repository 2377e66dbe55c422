import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pruneSearchChanges' BEFORE 'revalidateFrontend';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pruneSearchChanges' BEFORE 'revalidateFrontend';
  CREATE TABLE "search_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"searchable" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"entry" jsonb NOT NULL
  );
  
  CREATE TABLE "search_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"change" varchar NOT NULL,
  	"keys" jsonb,
  	"at" numeric NOT NULL
  );
  
  CREATE TABLE "search_meta" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE UNIQUE INDEX "search_entries_key_idx" ON "search_entries" USING btree ("key");
  CREATE INDEX "search_entries_searchable_idx" ON "search_entries" USING btree ("searchable");
  CREATE INDEX "search_changes_change_idx" ON "search_changes" USING btree ("change");
  CREATE INDEX "search_changes_at_idx" ON "search_changes" USING btree ("at");
  CREATE UNIQUE INDEX "search_meta_key_idx" ON "search_meta" USING btree ("key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "search_entries" CASCADE;
  DROP TABLE "search_changes" CASCADE;
  DROP TABLE "search_meta" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendReviewNotification', 'notifyStaffOfBookingRequest', 'acknowledgeBookingRequest', 'postBookingWebhook', 'remindStaffOfBookingSla', 'mailProposalLink', 'notifyStaffOfProposalAnswer', 'postProposalAnswerWebhook', 'expireHold', 'notifyStaffOfHold', 'applyRetention', 'revalidateFrontend', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendReviewNotification', 'notifyStaffOfBookingRequest', 'acknowledgeBookingRequest', 'postBookingWebhook', 'remindStaffOfBookingSla', 'mailProposalLink', 'notifyStaffOfProposalAnswer', 'postProposalAnswerWebhook', 'expireHold', 'notifyStaffOfHold', 'applyRetention', 'revalidateFrontend', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
