import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "engagement_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"hold_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "engagement_claims_id" integer;
  ALTER TABLE "engagement_claims" ADD CONSTRAINT "engagement_claims_hold_id_holds_id_fk" FOREIGN KEY ("hold_id") REFERENCES "public"."holds"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "engagement_claims_key_idx" ON "engagement_claims" USING btree ("key");
  CREATE INDEX "engagement_claims_hold_idx" ON "engagement_claims" USING btree ("hold_id");
  CREATE INDEX "engagement_claims_updated_at_idx" ON "engagement_claims" USING btree ("updated_at");
  CREATE INDEX "engagement_claims_created_at_idx" ON "engagement_claims" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_engagement_claims_fk" FOREIGN KEY ("engagement_claims_id") REFERENCES "public"."engagement_claims"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_engagement_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("engagement_claims_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "engagement_claims" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "engagement_claims" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_engagement_claims_fk";
  
  DROP INDEX "payload_locked_documents_rels_engagement_claims_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "engagement_claims_id";`)
}
