import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_speakers_languages" AS ENUM('en', 'zh', 'yue', 'ko', 'ja', 'fr', 'de', 'es', 'ru', 'el');
  CREATE TYPE "public"."enum_speakers_fee_band" AS ENUM('under_5k', '5k_10k', '10k_20k', '20k_30k', '30k_50k', '50k_100k', '100k_plus', 'on_request');
  CREATE TYPE "public"."enum_speakers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__speakers_v_version_languages" AS ENUM('en', 'zh', 'yue', 'ko', 'ja', 'fr', 'de', 'es', 'ru', 'el');
  CREATE TYPE "public"."enum__speakers_v_version_fee_band" AS ENUM('under_5k', '5k_10k', '10k_20k', '20k_30k', '30k_50k', '50k_100k', '100k_plus', 'on_request');
  CREATE TYPE "public"."enum__speakers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_interviews_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__interviews_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "speakers_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_speakers_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "speakers_videos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "speakers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"honorific" varchar,
  	"job_title" varchar,
  	"organization" varchar,
  	"short_bio" varchar,
  	"bio" jsonb,
  	"photo_id" integer,
  	"travels_from_city" varchar,
  	"travels_from_country" varchar,
  	"fee_band" "enum_speakers_fee_band",
  	"featured" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_speakers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "speakers_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "speakers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_speakers_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__speakers_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_speakers_v_version_videos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_speakers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_honorific" varchar,
  	"version_job_title" varchar,
  	"version_organization" varchar,
  	"version_short_bio" varchar,
  	"version_bio" jsonb,
  	"version_photo_id" integer,
  	"version_travels_from_city" varchar,
  	"version_travels_from_country" varchar,
  	"version_fee_band" "enum__speakers_v_version_fee_band",
  	"version_featured" boolean DEFAULT false,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__speakers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_speakers_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_speakers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "interviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"source_publication" varchar,
  	"source_original_date" timestamp(3) with time zone,
  	"source_url" varchar,
  	"excerpt" varchar,
  	"body" jsonb,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_interviews_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "interviews_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "interviews_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"speakers_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_interviews_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_source_publication" varchar,
  	"version_source_original_date" timestamp(3) with time zone,
  	"version_source_url" varchar,
  	"version_excerpt" varchar,
  	"version_body" jsonb,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__interviews_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_interviews_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_interviews_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"speakers_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"description" varchar,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "slug_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"collection" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "speakers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "interviews_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "slug_claims_id" integer;
  ALTER TABLE "speakers_languages" ADD CONSTRAINT "speakers_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "speakers_videos" ADD CONSTRAINT "speakers_videos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers_texts" ADD CONSTRAINT "speakers_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "speakers_rels" ADD CONSTRAINT "speakers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "speakers_rels" ADD CONSTRAINT "speakers_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_speakers_v_version_languages" ADD CONSTRAINT "_speakers_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_speakers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_speakers_v_version_videos" ADD CONSTRAINT "_speakers_v_version_videos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_speakers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_parent_id_speakers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v_texts" ADD CONSTRAINT "_speakers_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_speakers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_speakers_v_rels" ADD CONSTRAINT "_speakers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_speakers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_speakers_v_rels" ADD CONSTRAINT "_speakers_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_texts" ADD CONSTRAINT "interviews_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_rels" ADD CONSTRAINT "interviews_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_rels" ADD CONSTRAINT "interviews_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_rels" ADD CONSTRAINT "interviews_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v" ADD CONSTRAINT "_interviews_v_parent_id_interviews_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interviews"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interviews_v_texts" ADD CONSTRAINT "_interviews_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_rels" ADD CONSTRAINT "_interviews_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_rels" ADD CONSTRAINT "_interviews_v_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_rels" ADD CONSTRAINT "_interviews_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_texts" ADD CONSTRAINT "topics_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "speakers_languages_order_idx" ON "speakers_languages" USING btree ("order");
  CREATE INDEX "speakers_languages_parent_idx" ON "speakers_languages" USING btree ("parent_id");
  CREATE INDEX "speakers_videos_order_idx" ON "speakers_videos" USING btree ("_order");
  CREATE INDEX "speakers_videos_parent_id_idx" ON "speakers_videos" USING btree ("_parent_id");
  CREATE INDEX "speakers_name_idx" ON "speakers" USING btree ("name");
  CREATE UNIQUE INDEX "speakers_slug_idx" ON "speakers" USING btree ("slug");
  CREATE INDEX "speakers_photo_idx" ON "speakers" USING btree ("photo_id");
  CREATE INDEX "speakers_fee_band_idx" ON "speakers" USING btree ("fee_band");
  CREATE INDEX "speakers_featured_idx" ON "speakers" USING btree ("featured");
  CREATE INDEX "speakers_published_at_idx" ON "speakers" USING btree ("published_at");
  CREATE INDEX "speakers_updated_at_idx" ON "speakers" USING btree ("updated_at");
  CREATE INDEX "speakers_created_at_idx" ON "speakers" USING btree ("created_at");
  CREATE INDEX "speakers__status_idx" ON "speakers" USING btree ("_status");
  CREATE INDEX "speakers_texts_order_parent" ON "speakers_texts" USING btree ("order","parent_id");
  CREATE INDEX "speakers_texts_text_idx" ON "speakers_texts" USING btree ("text");
  CREATE INDEX "speakers_rels_order_idx" ON "speakers_rels" USING btree ("order");
  CREATE INDEX "speakers_rels_parent_idx" ON "speakers_rels" USING btree ("parent_id");
  CREATE INDEX "speakers_rels_path_idx" ON "speakers_rels" USING btree ("path");
  CREATE INDEX "speakers_rels_topics_id_idx" ON "speakers_rels" USING btree ("topics_id");
  CREATE INDEX "_speakers_v_version_languages_order_idx" ON "_speakers_v_version_languages" USING btree ("order");
  CREATE INDEX "_speakers_v_version_languages_parent_idx" ON "_speakers_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_speakers_v_version_videos_order_idx" ON "_speakers_v_version_videos" USING btree ("_order");
  CREATE INDEX "_speakers_v_version_videos_parent_id_idx" ON "_speakers_v_version_videos" USING btree ("_parent_id");
  CREATE INDEX "_speakers_v_parent_idx" ON "_speakers_v" USING btree ("parent_id");
  CREATE INDEX "_speakers_v_version_version_name_idx" ON "_speakers_v" USING btree ("version_name");
  CREATE INDEX "_speakers_v_version_version_slug_idx" ON "_speakers_v" USING btree ("version_slug");
  CREATE INDEX "_speakers_v_version_version_photo_idx" ON "_speakers_v" USING btree ("version_photo_id");
  CREATE INDEX "_speakers_v_version_version_fee_band_idx" ON "_speakers_v" USING btree ("version_fee_band");
  CREATE INDEX "_speakers_v_version_version_featured_idx" ON "_speakers_v" USING btree ("version_featured");
  CREATE INDEX "_speakers_v_version_version_published_at_idx" ON "_speakers_v" USING btree ("version_published_at");
  CREATE INDEX "_speakers_v_version_version_updated_at_idx" ON "_speakers_v" USING btree ("version_updated_at");
  CREATE INDEX "_speakers_v_version_version_created_at_idx" ON "_speakers_v" USING btree ("version_created_at");
  CREATE INDEX "_speakers_v_version_version__status_idx" ON "_speakers_v" USING btree ("version__status");
  CREATE INDEX "_speakers_v_created_at_idx" ON "_speakers_v" USING btree ("created_at");
  CREATE INDEX "_speakers_v_updated_at_idx" ON "_speakers_v" USING btree ("updated_at");
  CREATE INDEX "_speakers_v_latest_idx" ON "_speakers_v" USING btree ("latest");
  CREATE INDEX "_speakers_v_texts_order_parent" ON "_speakers_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_speakers_v_rels_order_idx" ON "_speakers_v_rels" USING btree ("order");
  CREATE INDEX "_speakers_v_rels_parent_idx" ON "_speakers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_speakers_v_rels_path_idx" ON "_speakers_v_rels" USING btree ("path");
  CREATE INDEX "_speakers_v_rels_topics_id_idx" ON "_speakers_v_rels" USING btree ("topics_id");
  CREATE UNIQUE INDEX "interviews_slug_idx" ON "interviews" USING btree ("slug");
  CREATE INDEX "interviews_published_at_idx" ON "interviews" USING btree ("published_at");
  CREATE INDEX "interviews_updated_at_idx" ON "interviews" USING btree ("updated_at");
  CREATE INDEX "interviews_created_at_idx" ON "interviews" USING btree ("created_at");
  CREATE INDEX "interviews__status_idx" ON "interviews" USING btree ("_status");
  CREATE INDEX "interviews_texts_order_parent" ON "interviews_texts" USING btree ("order","parent_id");
  CREATE INDEX "interviews_texts_text_idx" ON "interviews_texts" USING btree ("text");
  CREATE INDEX "interviews_rels_order_idx" ON "interviews_rels" USING btree ("order");
  CREATE INDEX "interviews_rels_parent_idx" ON "interviews_rels" USING btree ("parent_id");
  CREATE INDEX "interviews_rels_path_idx" ON "interviews_rels" USING btree ("path");
  CREATE INDEX "interviews_rels_speakers_id_idx" ON "interviews_rels" USING btree ("speakers_id");
  CREATE INDEX "interviews_rels_topics_id_idx" ON "interviews_rels" USING btree ("topics_id");
  CREATE INDEX "_interviews_v_parent_idx" ON "_interviews_v" USING btree ("parent_id");
  CREATE INDEX "_interviews_v_version_version_slug_idx" ON "_interviews_v" USING btree ("version_slug");
  CREATE INDEX "_interviews_v_version_version_published_at_idx" ON "_interviews_v" USING btree ("version_published_at");
  CREATE INDEX "_interviews_v_version_version_updated_at_idx" ON "_interviews_v" USING btree ("version_updated_at");
  CREATE INDEX "_interviews_v_version_version_created_at_idx" ON "_interviews_v" USING btree ("version_created_at");
  CREATE INDEX "_interviews_v_version_version__status_idx" ON "_interviews_v" USING btree ("version__status");
  CREATE INDEX "_interviews_v_created_at_idx" ON "_interviews_v" USING btree ("created_at");
  CREATE INDEX "_interviews_v_updated_at_idx" ON "_interviews_v" USING btree ("updated_at");
  CREATE INDEX "_interviews_v_latest_idx" ON "_interviews_v" USING btree ("latest");
  CREATE INDEX "_interviews_v_texts_order_parent" ON "_interviews_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_interviews_v_rels_order_idx" ON "_interviews_v_rels" USING btree ("order");
  CREATE INDEX "_interviews_v_rels_parent_idx" ON "_interviews_v_rels" USING btree ("parent_id");
  CREATE INDEX "_interviews_v_rels_path_idx" ON "_interviews_v_rels" USING btree ("path");
  CREATE INDEX "_interviews_v_rels_speakers_id_idx" ON "_interviews_v_rels" USING btree ("speakers_id");
  CREATE INDEX "_interviews_v_rels_topics_id_idx" ON "_interviews_v_rels" USING btree ("topics_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_parent_idx" ON "topics" USING btree ("parent_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics_texts_order_parent" ON "topics_texts" USING btree ("order","parent_id");
  CREATE INDEX "topics_texts_text_idx" ON "topics_texts" USING btree ("text");
  CREATE UNIQUE INDEX "slug_claims_key_idx" ON "slug_claims" USING btree ("key");
  CREATE INDEX "slug_claims_updated_at_idx" ON "slug_claims" USING btree ("updated_at");
  CREATE INDEX "slug_claims_created_at_idx" ON "slug_claims" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interviews_fk" FOREIGN KEY ("interviews_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_slug_claims_fk" FOREIGN KEY ("slug_claims_id") REFERENCES "public"."slug_claims"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_speakers_id_idx" ON "payload_locked_documents_rels" USING btree ("speakers_id");
  CREATE INDEX "payload_locked_documents_rels_interviews_id_idx" ON "payload_locked_documents_rels" USING btree ("interviews_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_slug_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("slug_claims_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "speakers_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "speakers_videos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "speakers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "speakers_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "speakers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_speakers_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_speakers_v_version_videos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_speakers_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_speakers_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_speakers_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interviews_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interviews_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interviews_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interviews_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interviews_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "slug_claims" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "speakers_languages" CASCADE;
  DROP TABLE "speakers_videos" CASCADE;
  DROP TABLE "speakers" CASCADE;
  DROP TABLE "speakers_texts" CASCADE;
  DROP TABLE "speakers_rels" CASCADE;
  DROP TABLE "_speakers_v_version_languages" CASCADE;
  DROP TABLE "_speakers_v_version_videos" CASCADE;
  DROP TABLE "_speakers_v" CASCADE;
  DROP TABLE "_speakers_v_texts" CASCADE;
  DROP TABLE "_speakers_v_rels" CASCADE;
  DROP TABLE "interviews" CASCADE;
  DROP TABLE "interviews_texts" CASCADE;
  DROP TABLE "interviews_rels" CASCADE;
  DROP TABLE "_interviews_v" CASCADE;
  DROP TABLE "_interviews_v_texts" CASCADE;
  DROP TABLE "_interviews_v_rels" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_texts" CASCADE;
  DROP TABLE "slug_claims" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_speakers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_interviews_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_topics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_slug_claims_fk";
  
  DROP INDEX "payload_locked_documents_rels_speakers_id_idx";
  DROP INDEX "payload_locked_documents_rels_interviews_id_idx";
  DROP INDEX "payload_locked_documents_rels_topics_id_idx";
  DROP INDEX "payload_locked_documents_rels_slug_claims_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "speakers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "interviews_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "topics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "slug_claims_id";
  DROP TYPE "public"."enum_speakers_languages";
  DROP TYPE "public"."enum_speakers_fee_band";
  DROP TYPE "public"."enum_speakers_status";
  DROP TYPE "public"."enum__speakers_v_version_languages";
  DROP TYPE "public"."enum__speakers_v_version_fee_band";
  DROP TYPE "public"."enum__speakers_v_version_status";
  DROP TYPE "public"."enum_interviews_status";
  DROP TYPE "public"."enum__interviews_v_version_status";`)
}
