import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_speakers_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__speakers_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_interviews_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__interviews_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_review_events_kind" AS ENUM('submitted', 'approved', 'changes_requested', 'published', 'published_directly', 'unpublished', 'reset_by_edit');
  CREATE TYPE "public"."enum_review_events_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_review_events_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendReviewNotification', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendReviewNotification', 'schedulePublish');
  CREATE TABLE "review_events_deliveries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"delivered_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_review_events_kind" NOT NULL,
  	"from" "enum_review_events_from" NOT NULL,
  	"to" "enum_review_events_to" NOT NULL,
  	"by_id" integer,
  	"note" varchar,
  	"is_self_approval" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"interviews_id" integer,
  	"speakers_id" integer
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "speakers" ADD COLUMN "review_state" "enum_speakers_review_state" DEFAULT 'draft';
  ALTER TABLE "speakers" ADD COLUMN "review_note" varchar;
  ALTER TABLE "speakers" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_speakers_v" ADD COLUMN "version_review_state" "enum__speakers_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_speakers_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_speakers_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "interviews" ADD COLUMN "review_state" "enum_interviews_review_state" DEFAULT 'draft';
  ALTER TABLE "interviews" ADD COLUMN "review_note" varchar;
  ALTER TABLE "interviews" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "_interviews_v" ADD COLUMN "version_review_state" "enum__interviews_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_interviews_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_interviews_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_events_id" integer;
  ALTER TABLE "review_events_deliveries" ADD CONSTRAINT "review_events_deliveries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_interviews_fk" FOREIGN KEY ("interviews_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_events_deliveries_order_idx" ON "review_events_deliveries" USING btree ("_order");
  CREATE INDEX "review_events_deliveries_parent_id_idx" ON "review_events_deliveries" USING btree ("_parent_id");
  CREATE INDEX "review_events_kind_idx" ON "review_events" USING btree ("kind");
  CREATE INDEX "review_events_by_idx" ON "review_events" USING btree ("by_id");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  CREATE INDEX "review_events_rels_order_idx" ON "review_events_rels" USING btree ("order");
  CREATE INDEX "review_events_rels_parent_idx" ON "review_events_rels" USING btree ("parent_id");
  CREATE INDEX "review_events_rels_path_idx" ON "review_events_rels" USING btree ("path");
  CREATE INDEX "review_events_rels_interviews_id_idx" ON "review_events_rels" USING btree ("interviews_id");
  CREATE INDEX "review_events_rels_speakers_id_idx" ON "review_events_rels" USING btree ("speakers_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interviews" ADD CONSTRAINT "interviews_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interviews_v" ADD CONSTRAINT "_interviews_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "speakers_review_state_idx" ON "speakers" USING btree ("review_state");
  CREATE INDEX "speakers_review_submitted_by_idx" ON "speakers" USING btree ("review_submitted_by_id");
  CREATE INDEX "_speakers_v_version_version_review_state_idx" ON "_speakers_v" USING btree ("version_review_state");
  CREATE INDEX "_speakers_v_version_version_review_submitted_by_idx" ON "_speakers_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "interviews_review_state_idx" ON "interviews" USING btree ("review_state");
  CREATE INDEX "interviews_review_submitted_by_idx" ON "interviews" USING btree ("review_submitted_by_id");
  CREATE INDEX "_interviews_v_version_version_review_state_idx" ON "_interviews_v" USING btree ("version_review_state");
  CREATE INDEX "_interviews_v_version_version_review_submitted_by_idx" ON "_interviews_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_events_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_events_deliveries" CASCADE;
  DROP TABLE "review_events" CASCADE;
  DROP TABLE "review_events_rels" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "speakers" DROP CONSTRAINT "speakers_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_speakers_v" DROP CONSTRAINT "_speakers_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "interviews" DROP CONSTRAINT "interviews_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_interviews_v" DROP CONSTRAINT "_interviews_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_events_fk";
  
  DROP INDEX "speakers_review_state_idx";
  DROP INDEX "speakers_review_submitted_by_idx";
  DROP INDEX "_speakers_v_version_version_review_state_idx";
  DROP INDEX "_speakers_v_version_version_review_submitted_by_idx";
  DROP INDEX "interviews_review_state_idx";
  DROP INDEX "interviews_review_submitted_by_idx";
  DROP INDEX "_interviews_v_version_version_review_state_idx";
  DROP INDEX "_interviews_v_version_version_review_submitted_by_idx";
  DROP INDEX "payload_locked_documents_rels_review_events_id_idx";
  ALTER TABLE "speakers" DROP COLUMN "review_state";
  ALTER TABLE "speakers" DROP COLUMN "review_note";
  ALTER TABLE "speakers" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_speakers_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_speakers_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_speakers_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "interviews" DROP COLUMN "review_state";
  ALTER TABLE "interviews" DROP COLUMN "review_note";
  ALTER TABLE "interviews" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "_interviews_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_interviews_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_interviews_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_events_id";
  DROP TYPE "public"."enum_speakers_review_state";
  DROP TYPE "public"."enum__speakers_v_version_review_state";
  DROP TYPE "public"."enum_interviews_review_state";
  DROP TYPE "public"."enum__interviews_v_version_review_state";
  DROP TYPE "public"."enum_review_events_kind";
  DROP TYPE "public"."enum_review_events_from";
  DROP TYPE "public"."enum_review_events_to";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
