import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "review_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"to" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"delivered_at" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_deliveries_id" integer;
  ALTER TABLE "review_deliveries" ADD CONSTRAINT "review_deliveries_event_id_review_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."review_events"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_deliveries_event_idx" ON "review_deliveries" USING btree ("event_id");
  CREATE UNIQUE INDEX "review_deliveries_key_idx" ON "review_deliveries" USING btree ("key");
  CREATE INDEX "review_deliveries_updated_at_idx" ON "review_deliveries" USING btree ("updated_at");
  CREATE INDEX "review_deliveries_created_at_idx" ON "review_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_deliveries_fk" FOREIGN KEY ("review_deliveries_id") REFERENCES "public"."review_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("review_deliveries_id");
  -- The mails already sent, as delivered records (one per event and recipient), before their old
  -- table goes: a retried job must not send them again.
  INSERT INTO "review_deliveries" ("event_id", "to", "key", "delivered_at", "attempts", "updated_at", "created_at")
    SELECT "_parent_id", "to", "_parent_id"::text || ':' || "to", "delivered_at", 1, "delivered_at", "delivered_at"
    FROM "review_events_deliveries"
    ON CONFLICT ("key") DO NOTHING;
  ALTER TABLE "review_events_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_events_deliveries" CASCADE;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "review_events_deliveries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"delivered_at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "review_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_deliveries_fk";
  
  DROP INDEX "payload_locked_documents_rels_review_deliveries_id_idx";
  ALTER TABLE "review_events_deliveries" ADD CONSTRAINT "review_events_deliveries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_events_deliveries_order_idx" ON "review_events_deliveries" USING btree ("_order");
  CREATE INDEX "review_events_deliveries_parent_id_idx" ON "review_events_deliveries" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_deliveries_id";`)
}
