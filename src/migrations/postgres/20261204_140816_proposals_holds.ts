import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_booking_requests_status_history_cause" AS ENUM('proposal_sent', 'proposal_accepted', 'hold_confirmed');
  CREATE TYPE "public"."enum_proposals_status" AS ENUM('draft', 'sent', 'accepted', 'declined', 'revoked');
  CREATE TYPE "public"."enum_proposals_answer_kind" AS ENUM('accepted', 'declined');
  CREATE TYPE "public"."enum_holds_status" AS ENUM('held', 'confirmed', 'released', 'expired');
  ALTER TYPE "public"."enum_booking_notifications_channel" ADD VALUE 'proposal_link';
  ALTER TYPE "public"."enum_booking_notifications_channel" ADD VALUE 'proposal_answer_email';
  ALTER TYPE "public"."enum_booking_notifications_channel" ADD VALUE 'proposal_answer_webhook';
  ALTER TYPE "public"."enum_booking_notifications_channel" ADD VALUE 'hold_challenged';
  ALTER TYPE "public"."enum_booking_notifications_channel" ADD VALUE 'hold_released';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'mailProposalLink' BEFORE 'revalidateFrontend';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyStaffOfProposalAnswer' BEFORE 'revalidateFrontend';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'postProposalAnswerWebhook' BEFORE 'revalidateFrontend';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'expireHold' BEFORE 'revalidateFrontend';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyStaffOfHold' BEFORE 'revalidateFrontend';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'mailProposalLink' BEFORE 'revalidateFrontend';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyStaffOfProposalAnswer' BEFORE 'revalidateFrontend';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'postProposalAnswerWebhook' BEFORE 'revalidateFrontend';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'expireHold' BEFORE 'revalidateFrontend';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyStaffOfHold' BEFORE 'revalidateFrontend';
  CREATE TABLE "proposals_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"speaker_id" integer NOT NULL,
  	"fee_amount" numeric NOT NULL,
  	"fee_currency" varchar NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "proposals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"booking_request_id" integer NOT NULL,
  	"event_date" varchar NOT NULL,
  	"event_end_date" varchar,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"internal_note" varchar,
  	"status" "enum_proposals_status" DEFAULT 'draft',
  	"sending_at" timestamp(3) with time zone,
  	"sending_by_id" integer,
  	"sending_revoked_at" timestamp(3) with time zone,
  	"sending_revoked_by_id" integer,
  	"answer_kind" "enum_proposals_answer_kind",
  	"answer_speaker_id" integer,
  	"answer_reason" varchar,
  	"answer_at" timestamp(3) with time zone,
  	"answer_by" varchar,
  	"created_by_id" integer,
  	"token_nonce" varchar,
  	"token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "holds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"speaker_id" integer NOT NULL,
  	"booking_request_id" integer NOT NULL,
  	"start_date" varchar NOT NULL,
  	"end_date" varchar,
  	"time_zone" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_holds_status" DEFAULT 'held' NOT NULL,
  	"rank" numeric,
  	"created_by_id" integer,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "calendar_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"speaker_id" integer NOT NULL,
  	"created_by_id" integer,
  	"token_hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "booking_requests_status_history" ADD COLUMN "cause" "enum_booking_requests_status_history_cause";
  ALTER TABLE "booking_requests_status_history" ADD COLUMN "proposal_id" integer;
  ALTER TABLE "booking_requests" ADD COLUMN "confirmed_speaker_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "proposals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "holds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "calendar_links_id" integer;
  ALTER TABLE "proposals_items" ADD CONSTRAINT "proposals_items_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals_items" ADD CONSTRAINT "proposals_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_booking_request_id_booking_requests_id_fk" FOREIGN KEY ("booking_request_id") REFERENCES "public"."booking_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_sending_by_id_users_id_fk" FOREIGN KEY ("sending_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_sending_revoked_by_id_users_id_fk" FOREIGN KEY ("sending_revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_answer_speaker_id_speakers_id_fk" FOREIGN KEY ("answer_speaker_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "holds" ADD CONSTRAINT "holds_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "holds" ADD CONSTRAINT "holds_booking_request_id_booking_requests_id_fk" FOREIGN KEY ("booking_request_id") REFERENCES "public"."booking_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "holds" ADD CONSTRAINT "holds_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "holds" ADD CONSTRAINT "holds_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calendar_links" ADD CONSTRAINT "calendar_links_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calendar_links" ADD CONSTRAINT "calendar_links_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "proposals_items_order_idx" ON "proposals_items" USING btree ("_order");
  CREATE INDEX "proposals_items_parent_id_idx" ON "proposals_items" USING btree ("_parent_id");
  CREATE INDEX "proposals_items_speaker_idx" ON "proposals_items" USING btree ("speaker_id");
  CREATE INDEX "proposals_booking_request_idx" ON "proposals" USING btree ("booking_request_id");
  CREATE INDEX "proposals_status_idx" ON "proposals" USING btree ("status");
  CREATE INDEX "proposals_sending_sending_by_idx" ON "proposals" USING btree ("sending_by_id");
  CREATE INDEX "proposals_sending_sending_revoked_by_idx" ON "proposals" USING btree ("sending_revoked_by_id");
  CREATE INDEX "proposals_answer_answer_speaker_idx" ON "proposals" USING btree ("answer_speaker_id");
  CREATE INDEX "proposals_created_by_idx" ON "proposals" USING btree ("created_by_id");
  CREATE INDEX "proposals_token_hash_idx" ON "proposals" USING btree ("token_hash");
  CREATE INDEX "proposals_updated_at_idx" ON "proposals" USING btree ("updated_at");
  CREATE INDEX "proposals_created_at_idx" ON "proposals" USING btree ("created_at");
  CREATE INDEX "holds_speaker_idx" ON "holds" USING btree ("speaker_id");
  CREATE INDEX "holds_booking_request_idx" ON "holds" USING btree ("booking_request_id");
  CREATE INDEX "holds_start_date_idx" ON "holds" USING btree ("start_date");
  CREATE INDEX "holds_end_date_idx" ON "holds" USING btree ("end_date");
  CREATE INDEX "holds_status_idx" ON "holds" USING btree ("status");
  CREATE INDEX "holds_created_by_idx" ON "holds" USING btree ("created_by_id");
  CREATE INDEX "holds_decided_by_idx" ON "holds" USING btree ("decided_by_id");
  CREATE INDEX "holds_updated_at_idx" ON "holds" USING btree ("updated_at");
  CREATE INDEX "holds_created_at_idx" ON "holds" USING btree ("created_at");
  CREATE UNIQUE INDEX "calendar_links_speaker_idx" ON "calendar_links" USING btree ("speaker_id");
  CREATE INDEX "calendar_links_created_by_idx" ON "calendar_links" USING btree ("created_by_id");
  CREATE INDEX "calendar_links_token_hash_idx" ON "calendar_links" USING btree ("token_hash");
  CREATE INDEX "calendar_links_updated_at_idx" ON "calendar_links" USING btree ("updated_at");
  CREATE INDEX "calendar_links_created_at_idx" ON "calendar_links" USING btree ("created_at");
  ALTER TABLE "booking_requests_status_history" ADD CONSTRAINT "booking_requests_status_history_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_requests" ADD CONSTRAINT "booking_requests_confirmed_speaker_id_speakers_id_fk" FOREIGN KEY ("confirmed_speaker_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_proposals_fk" FOREIGN KEY ("proposals_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_holds_fk" FOREIGN KEY ("holds_id") REFERENCES "public"."holds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_links_fk" FOREIGN KEY ("calendar_links_id") REFERENCES "public"."calendar_links"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "booking_requests_status_history_proposal_idx" ON "booking_requests_status_history" USING btree ("proposal_id");
  CREATE INDEX "booking_requests_confirmed_speaker_idx" ON "booking_requests" USING btree ("confirmed_speaker_id");
  CREATE INDEX "payload_locked_documents_rels_proposals_id_idx" ON "payload_locked_documents_rels" USING btree ("proposals_id");
  CREATE INDEX "payload_locked_documents_rels_holds_id_idx" ON "payload_locked_documents_rels" USING btree ("holds_id");
  CREATE INDEX "payload_locked_documents_rels_calendar_links_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_links_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "proposals_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proposals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "holds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "calendar_links" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "proposals_items" CASCADE;
  DROP TABLE "proposals" CASCADE;
  DROP TABLE "holds" CASCADE;
  DROP TABLE "calendar_links" CASCADE;
  ALTER TABLE "booking_requests_status_history" DROP CONSTRAINT "booking_requests_status_history_proposal_id_proposals_id_fk";
  
  ALTER TABLE "booking_requests" DROP CONSTRAINT "booking_requests_confirmed_speaker_id_speakers_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_proposals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_holds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_calendar_links_fk";
  
  ALTER TABLE "booking_notifications" ALTER COLUMN "channel" SET DATA TYPE text;
  DROP TYPE "public"."enum_booking_notifications_channel";
  CREATE TYPE "public"."enum_booking_notifications_channel" AS ENUM('staff_email', 'requester_ack', 'webhook', 'sla_reminder');
  ALTER TABLE "booking_notifications" ALTER COLUMN "channel" SET DATA TYPE "public"."enum_booking_notifications_channel" USING "channel"::"public"."enum_booking_notifications_channel";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendReviewNotification', 'notifyStaffOfBookingRequest', 'acknowledgeBookingRequest', 'postBookingWebhook', 'remindStaffOfBookingSla', 'revalidateFrontend', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendReviewNotification', 'notifyStaffOfBookingRequest', 'acknowledgeBookingRequest', 'postBookingWebhook', 'remindStaffOfBookingSla', 'revalidateFrontend', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "booking_requests_status_history_proposal_idx";
  DROP INDEX "booking_requests_confirmed_speaker_idx";
  DROP INDEX "payload_locked_documents_rels_proposals_id_idx";
  DROP INDEX "payload_locked_documents_rels_holds_id_idx";
  DROP INDEX "payload_locked_documents_rels_calendar_links_id_idx";
  ALTER TABLE "booking_requests_status_history" DROP COLUMN "cause";
  ALTER TABLE "booking_requests_status_history" DROP COLUMN "proposal_id";
  ALTER TABLE "booking_requests" DROP COLUMN "confirmed_speaker_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "proposals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "holds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "calendar_links_id";
  DROP TYPE "public"."enum_booking_requests_status_history_cause";
  DROP TYPE "public"."enum_proposals_status";
  DROP TYPE "public"."enum_proposals_answer_kind";
  DROP TYPE "public"."enum_holds_status";`)
}
