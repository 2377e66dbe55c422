import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`booking_requests_internal_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text NOT NULL,
  	\`author_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`booking_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`booking_requests_internal_notes_order_idx\` ON \`booking_requests_internal_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_internal_notes_parent_id_idx\` ON \`booking_requests_internal_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_internal_notes_author_idx\` ON \`booking_requests_internal_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`booking_requests_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`booking_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`booking_requests_status_history_order_idx\` ON \`booking_requests_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_status_history_parent_id_idx\` ON \`booking_requests_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_status_history_by_idx\` ON \`booking_requests_status_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`booking_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contact_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organization\` text,
  	\`job_title\` text,
  	\`phone\` text,
  	\`event_name\` text NOT NULL,
  	\`event_date\` text NOT NULL,
  	\`event_time\` text,
  	\`format\` text DEFAULT 'in_person',
  	\`event_location\` text,
  	\`session_type\` text,
  	\`duration_minutes\` numeric,
  	\`audience_size\` numeric,
  	\`audience_description\` text,
  	\`budget_band\` text,
  	\`travel_covered\` integer,
  	\`message\` text,
  	\`how_did_you_hear\` text,
  	\`status\` text DEFAULT 'new',
  	\`assignee_id\` integer,
  	\`source_received_at\` text,
  	\`source_ip_hash\` text,
  	\`source_user_agent\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`booking_requests_event_date_idx\` ON \`booking_requests\` (\`event_date\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_status_idx\` ON \`booking_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_assignee_idx\` ON \`booking_requests\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_updated_at_idx\` ON \`booking_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_created_at_idx\` ON \`booking_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`booking_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`speakers_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`booking_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`booking_requests_rels_order_idx\` ON \`booking_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_rels_parent_idx\` ON \`booking_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_rels_path_idx\` ON \`booking_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_rels_speakers_id_idx\` ON \`booking_requests_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_rels_topics_id_idx\` ON \`booking_requests_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`booking_notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`channel\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`delivered_at\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`booking_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`booking_notifications_request_idx\` ON \`booking_notifications\` (\`request_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`booking_notifications_key_idx\` ON \`booking_notifications\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`booking_notifications_updated_at_idx\` ON \`booking_notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`booking_notifications_created_at_idx\` ON \`booking_notifications\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`booking_requests_id\` integer REFERENCES booking_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`booking_notifications_id\` integer REFERENCES booking_notifications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booking_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`booking_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booking_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`booking_notifications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`booking_requests_internal_notes\`;`)
  await db.run(sql`DROP TABLE \`booking_requests_status_history\`;`)
  await db.run(sql`DROP TABLE \`booking_requests\`;`)
  await db.run(sql`DROP TABLE \`booking_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`booking_notifications\`;`)
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
  	\`slug_claims_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interviews_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slug_claims_id\`) REFERENCES \`slug_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "speakers_id", "interviews_id", "topics_id", "review_events_id", "slug_claims_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "speakers_id", "interviews_id", "topics_id", "review_events_id", "slug_claims_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slug_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`slug_claims_id\`);`)
}
