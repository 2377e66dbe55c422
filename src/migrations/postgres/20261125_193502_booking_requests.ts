import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_booking_requests_status_history_from" AS ENUM('new', 'in_review', 'contacted', 'proposal_sent', 'on_hold', 'confirmed', 'declined', 'archived');
  CREATE TYPE "public"."enum_booking_requests_status_history_to" AS ENUM('new', 'in_review', 'contacted', 'proposal_sent', 'on_hold', 'confirmed', 'declined', 'archived');
  CREATE TYPE "public"."enum_booking_requests_format" AS ENUM('in_person', 'virtual', 'hybrid');
  CREATE TYPE "public"."enum_booking_requests_session_type" AS ENUM('keynote', 'panel', 'moderator', 'workshop', 'fireside_chat');
  CREATE TYPE "public"."enum_booking_requests_budget_band" AS ENUM('under_5k', '5k_10k', '10k_20k', '20k_30k', '30k_50k', '50k_100k', '100k_plus', 'unsure', 'donated');
  CREATE TYPE "public"."enum_booking_requests_status" AS ENUM('new', 'in_review', 'contacted', 'proposal_sent', 'on_hold', 'confirmed', 'declined', 'archived');
  CREATE TYPE "public"."enum_booking_notifications_channel" AS ENUM('staff_email', 'requester_ack', 'webhook', 'sla_reminder');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyStaffOfBookingRequest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'acknowledgeBookingRequest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'postBookingWebhook' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindStaffOfBookingSla' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyStaffOfBookingRequest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'acknowledgeBookingRequest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'postBookingWebhook' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindStaffOfBookingSla' BEFORE 'schedulePublish';
  CREATE TABLE "booking_requests_internal_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar NOT NULL,
  	"author_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "booking_requests_status_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_booking_requests_status_history_from",
  	"to" "enum_booking_requests_status_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "booking_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"organization" varchar,
  	"job_title" varchar,
  	"phone" varchar,
  	"event_name" varchar NOT NULL,
  	"event_date" timestamp(3) with time zone NOT NULL,
  	"event_time" varchar,
  	"format" "enum_booking_requests_format" DEFAULT 'in_person',
  	"event_location" varchar,
  	"session_type" "enum_booking_requests_session_type",
  	"duration_minutes" numeric,
  	"audience_size" numeric,
  	"audience_description" varchar,
  	"budget_band" "enum_booking_requests_budget_band",
  	"travel_covered" boolean,
  	"message" varchar,
  	"how_did_you_hear" varchar,
  	"status" "enum_booking_requests_status" DEFAULT 'new',
  	"assignee_id" integer,
  	"source_received_at" timestamp(3) with time zone,
  	"source_ip_hash" varchar,
  	"source_user_agent" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "booking_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"speakers_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "booking_notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"request_id" integer NOT NULL,
  	"channel" "enum_booking_notifications_channel" NOT NULL,
  	"key" varchar NOT NULL,
  	"delivered_at" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "booking_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "booking_notifications_id" integer;
  ALTER TABLE "booking_requests_internal_notes" ADD CONSTRAINT "booking_requests_internal_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_requests_internal_notes" ADD CONSTRAINT "booking_requests_internal_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."booking_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "booking_requests_status_history" ADD CONSTRAINT "booking_requests_status_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_requests_status_history" ADD CONSTRAINT "booking_requests_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."booking_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "booking_requests" ADD CONSTRAINT "booking_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_requests_rels" ADD CONSTRAINT "booking_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."booking_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "booking_requests_rels" ADD CONSTRAINT "booking_requests_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "booking_requests_rels" ADD CONSTRAINT "booking_requests_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "booking_notifications" ADD CONSTRAINT "booking_notifications_request_id_booking_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."booking_requests"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "booking_requests_internal_notes_order_idx" ON "booking_requests_internal_notes" USING btree ("_order");
  CREATE INDEX "booking_requests_internal_notes_parent_id_idx" ON "booking_requests_internal_notes" USING btree ("_parent_id");
  CREATE INDEX "booking_requests_internal_notes_author_idx" ON "booking_requests_internal_notes" USING btree ("author_id");
  CREATE INDEX "booking_requests_status_history_order_idx" ON "booking_requests_status_history" USING btree ("_order");
  CREATE INDEX "booking_requests_status_history_parent_id_idx" ON "booking_requests_status_history" USING btree ("_parent_id");
  CREATE INDEX "booking_requests_status_history_by_idx" ON "booking_requests_status_history" USING btree ("by_id");
  CREATE INDEX "booking_requests_event_date_idx" ON "booking_requests" USING btree ("event_date");
  CREATE INDEX "booking_requests_status_idx" ON "booking_requests" USING btree ("status");
  CREATE INDEX "booking_requests_assignee_idx" ON "booking_requests" USING btree ("assignee_id");
  CREATE INDEX "booking_requests_updated_at_idx" ON "booking_requests" USING btree ("updated_at");
  CREATE INDEX "booking_requests_created_at_idx" ON "booking_requests" USING btree ("created_at");
  CREATE INDEX "booking_requests_rels_order_idx" ON "booking_requests_rels" USING btree ("order");
  CREATE INDEX "booking_requests_rels_parent_idx" ON "booking_requests_rels" USING btree ("parent_id");
  CREATE INDEX "booking_requests_rels_path_idx" ON "booking_requests_rels" USING btree ("path");
  CREATE INDEX "booking_requests_rels_speakers_id_idx" ON "booking_requests_rels" USING btree ("speakers_id");
  CREATE INDEX "booking_requests_rels_topics_id_idx" ON "booking_requests_rels" USING btree ("topics_id");
  CREATE INDEX "booking_notifications_request_idx" ON "booking_notifications" USING btree ("request_id");
  CREATE UNIQUE INDEX "booking_notifications_key_idx" ON "booking_notifications" USING btree ("key");
  CREATE INDEX "booking_notifications_updated_at_idx" ON "booking_notifications" USING btree ("updated_at");
  CREATE INDEX "booking_notifications_created_at_idx" ON "booking_notifications" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_requests_fk" FOREIGN KEY ("booking_requests_id") REFERENCES "public"."booking_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_notifications_fk" FOREIGN KEY ("booking_notifications_id") REFERENCES "public"."booking_notifications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_booking_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_requests_id");
  CREATE INDEX "payload_locked_documents_rels_booking_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_notifications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "booking_requests_internal_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "booking_requests_status_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "booking_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "booking_requests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "booking_notifications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "booking_requests_internal_notes" CASCADE;
  DROP TABLE "booking_requests_status_history" CASCADE;
  DROP TABLE "booking_requests" CASCADE;
  DROP TABLE "booking_requests_rels" CASCADE;
  DROP TABLE "booking_notifications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_booking_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_booking_notifications_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendReviewNotification', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendReviewNotification', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_booking_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_booking_notifications_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "booking_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "booking_notifications_id";
  DROP TYPE "public"."enum_booking_requests_status_history_from";
  DROP TYPE "public"."enum_booking_requests_status_history_to";
  DROP TYPE "public"."enum_booking_requests_format";
  DROP TYPE "public"."enum_booking_requests_session_type";
  DROP TYPE "public"."enum_booking_requests_budget_band";
  DROP TYPE "public"."enum_booking_requests_status";
  DROP TYPE "public"."enum_booking_notifications_channel";`)
}
