import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`privacy_erasures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email_hash\` text NOT NULL,
  	\`by_id\` integer,
  	\`at\` text NOT NULL,
  	\`booking_requests\` numeric DEFAULT 0,
  	\`proposals\` numeric DEFAULT 0,
  	\`notifications\` numeric DEFAULT 0,
  	\`jobs\` numeric DEFAULT 0,
  	\`rate_limit_counters\` numeric DEFAULT 0,
  	\`review_deliveries\` numeric DEFAULT 0,
  	\`account_deleted\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`privacy_erasures_email_hash_idx\` ON \`privacy_erasures\` (\`email_hash\`);`)
  await db.run(sql`CREATE INDEX \`privacy_erasures_by_idx\` ON \`privacy_erasures\` (\`by_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_erasures_updated_at_idx\` ON \`privacy_erasures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`privacy_erasures_created_at_idx\` ON \`privacy_erasures\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`retention_runs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`job\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`anonymised\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`retention_runs_day_idx\` ON \`retention_runs\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`retention_runs_updated_at_idx\` ON \`retention_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`retention_runs_created_at_idx\` ON \`retention_runs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`users\` ADD \`is_deactivated\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`deactivated_at\` text;`)
  await db.run(sql`ALTER TABLE \`booking_requests\` ADD \`anonymised_at\` text;`)
  await db.run(sql`ALTER TABLE \`booking_requests\` ADD \`anonymised_reason\` text;`)
  await db.run(sql`CREATE INDEX \`booking_requests_anonymised_anonymised_at_idx\` ON \`booking_requests\` (\`anonymised_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`privacy_erasures_id\` integer REFERENCES privacy_erasures(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_privacy_erasures_id_idx\` ON \`payload_locked_documents_rels\` (\`privacy_erasures_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`privacy_erasures\`;`)
  await db.run(sql`DROP TABLE \`retention_runs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`speakers_id\` integer,
  	\`interviews_id\` integer,
  	\`topics_id\` integer,
  	\`review_events_id\` integer,
  	\`review_deliveries_id\` integer,
  	\`booking_requests_id\` integer,
  	\`booking_notifications_id\` integer,
  	\`proposals_id\` integer,
  	\`holds_id\` integer,
  	\`engagement_claims_id\` integer,
  	\`calendar_links_id\` integer,
  	\`slug_claims_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interviews_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_deliveries_id\`) REFERENCES \`review_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`booking_requests_id\`) REFERENCES \`booking_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`booking_notifications_id\`) REFERENCES \`booking_notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proposals_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holds_id\`) REFERENCES \`holds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`engagement_claims_id\`) REFERENCES \`engagement_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_links_id\`) REFERENCES \`calendar_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slug_claims_id\`) REFERENCES \`slug_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "speakers_id", "interviews_id", "topics_id", "review_events_id", "review_deliveries_id", "booking_requests_id", "booking_notifications_id", "proposals_id", "holds_id", "engagement_claims_id", "calendar_links_id", "slug_claims_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "speakers_id", "interviews_id", "topics_id", "review_events_id", "review_deliveries_id", "booking_requests_id", "booking_notifications_id", "proposals_id", "holds_id", "engagement_claims_id", "calendar_links_id", "slug_claims_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_speakers_id_idx\` ON \`payload_locked_documents_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interviews_id_idx\` ON \`payload_locked_documents_rels\` (\`interviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`review_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booking_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`booking_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booking_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`booking_notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_holds_id_idx\` ON \`payload_locked_documents_rels\` (\`holds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_engagement_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`engagement_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_links_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slug_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`slug_claims_id\`);`)
  await db.run(sql`DROP INDEX \`booking_requests_anonymised_anonymised_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`booking_requests\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`ALTER TABLE \`booking_requests\` DROP COLUMN \`anonymised_reason\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`is_deactivated\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`deactivated_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
