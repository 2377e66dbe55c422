import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { rebuildPublicMedia } from '../../sharedContent/rebuildPublicMedia'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "booking_requests_note_removals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note_id" varchar,
  	"note_author_id" integer,
  	"written_at" timestamp(3) with time zone,
  	"removed_by_id" integer,
  	"removed_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "media" ADD COLUMN "is_public" boolean DEFAULT false;
  ALTER TABLE "speakers" ADD COLUMN "content_edited_by_id" integer;
  ALTER TABLE "speakers_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_speakers_v" ADD COLUMN "version_content_edited_by_id" integer;
  ALTER TABLE "_speakers_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "interviews" ADD COLUMN "content_edited_by_id" integer;
  ALTER TABLE "interviews_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "_interviews_v" ADD COLUMN "version_content_edited_by_id" integer;
  ALTER TABLE "_interviews_v_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "booking_requests_note_removals" ADD CONSTRAINT "booking_requests_note_removals_note_author_id_users_id_fk" FOREIGN KEY ("note_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_requests_note_removals" ADD CONSTRAINT "booking_requests_note_removals_removed_by_id_users_id_fk" FOREIGN KEY ("removed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_requests_note_removals" ADD CONSTRAINT "booking_requests_note_removals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."booking_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "booking_requests_note_removals_order_idx" ON "booking_requests_note_removals" USING btree ("_order");
  CREATE INDEX "booking_requests_note_removals_parent_id_idx" ON "booking_requests_note_removals" USING btree ("_parent_id");
  CREATE INDEX "booking_requests_note_removals_note_author_idx" ON "booking_requests_note_removals" USING btree ("note_author_id");
  CREATE INDEX "booking_requests_note_removals_removed_by_idx" ON "booking_requests_note_removals" USING btree ("removed_by_id");
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_content_edited_by_id_users_id_fk" FOREIGN KEY ("content_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers_rels" ADD CONSTRAINT "speakers_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_version_content_edited_by_id_users_id_fk" FOREIGN KEY ("version_content_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v_rels" ADD CONSTRAINT "_speakers_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews" ADD CONSTRAINT "interviews_content_edited_by_id_users_id_fk" FOREIGN KEY ("content_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interviews_rels" ADD CONSTRAINT "interviews_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v" ADD CONSTRAINT "_interviews_v_version_content_edited_by_id_users_id_fk" FOREIGN KEY ("version_content_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interviews_v_rels" ADD CONSTRAINT "_interviews_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "speakers_content_edited_by_idx" ON "speakers" USING btree ("content_edited_by_id");
  CREATE INDEX "speakers_rels_media_id_idx" ON "speakers_rels" USING btree ("media_id");
  CREATE INDEX "_speakers_v_version_version_content_edited_by_idx" ON "_speakers_v" USING btree ("version_content_edited_by_id");
  CREATE INDEX "_speakers_v_rels_media_id_idx" ON "_speakers_v_rels" USING btree ("media_id");
  CREATE INDEX "interviews_content_edited_by_idx" ON "interviews" USING btree ("content_edited_by_id");
  CREATE INDEX "interviews_rels_media_id_idx" ON "interviews_rels" USING btree ("media_id");
  CREATE INDEX "_interviews_v_version_version_content_edited_by_idx" ON "_interviews_v" USING btree ("version_content_edited_by_id");
  CREATE INDEX "_interviews_v_rels_media_id_idx" ON "_interviews_v_rels" USING btree ("media_id");`)
  // Images existing documents show: public from the start (usedMedia and isPublic are new).
  await rebuildPublicMedia({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "booking_requests_note_removals" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "booking_requests_note_removals" CASCADE;
  ALTER TABLE "speakers" DROP CONSTRAINT "speakers_content_edited_by_id_users_id_fk";
  
  ALTER TABLE "speakers_rels" DROP CONSTRAINT "speakers_rels_media_fk";
  
  ALTER TABLE "_speakers_v" DROP CONSTRAINT "_speakers_v_version_content_edited_by_id_users_id_fk";
  
  ALTER TABLE "_speakers_v_rels" DROP CONSTRAINT "_speakers_v_rels_media_fk";
  
  ALTER TABLE "interviews" DROP CONSTRAINT "interviews_content_edited_by_id_users_id_fk";
  
  ALTER TABLE "interviews_rels" DROP CONSTRAINT "interviews_rels_media_fk";
  
  ALTER TABLE "_interviews_v" DROP CONSTRAINT "_interviews_v_version_content_edited_by_id_users_id_fk";
  
  ALTER TABLE "_interviews_v_rels" DROP CONSTRAINT "_interviews_v_rels_media_fk";
  
  DROP INDEX "speakers_content_edited_by_idx";
  DROP INDEX "speakers_rels_media_id_idx";
  DROP INDEX "_speakers_v_version_version_content_edited_by_idx";
  DROP INDEX "_speakers_v_rels_media_id_idx";
  DROP INDEX "interviews_content_edited_by_idx";
  DROP INDEX "interviews_rels_media_id_idx";
  DROP INDEX "_interviews_v_version_version_content_edited_by_idx";
  DROP INDEX "_interviews_v_rels_media_id_idx";
  ALTER TABLE "media" DROP COLUMN "is_public";
  ALTER TABLE "speakers" DROP COLUMN "content_edited_by_id";
  ALTER TABLE "speakers_rels" DROP COLUMN "media_id";
  ALTER TABLE "_speakers_v" DROP COLUMN "version_content_edited_by_id";
  ALTER TABLE "_speakers_v_rels" DROP COLUMN "media_id";
  ALTER TABLE "interviews" DROP COLUMN "content_edited_by_id";
  ALTER TABLE "interviews_rels" DROP COLUMN "media_id";
  ALTER TABLE "_interviews_v" DROP COLUMN "version_content_edited_by_id";
  ALTER TABLE "_interviews_v_rels" DROP COLUMN "media_id";`)
}
