import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`proposals_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`speaker_id\` integer NOT NULL,
  	\`fee_amount\` numeric NOT NULL,
  	\`fee_currency\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`speaker_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proposals_items_order_idx\` ON \`proposals_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proposals_items_parent_id_idx\` ON \`proposals_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_items_speaker_idx\` ON \`proposals_items\` (\`speaker_id\`);`)
  await db.run(sql`CREATE TABLE \`proposals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`booking_request_id\` integer NOT NULL,
  	\`event_date\` text NOT NULL,
  	\`event_end_date\` text,
  	\`expires_at\` text NOT NULL,
  	\`internal_note\` text,
  	\`status\` text DEFAULT 'draft',
  	\`sending_at\` text,
  	\`sending_by_id\` integer,
  	\`sending_revoked_at\` text,
  	\`sending_revoked_by_id\` integer,
  	\`answer_kind\` text,
  	\`answer_speaker_id\` integer,
  	\`answer_reason\` text,
  	\`answer_at\` text,
  	\`answer_by\` text,
  	\`created_by_id\` integer,
  	\`token_nonce\` text,
  	\`token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`booking_request_id\`) REFERENCES \`booking_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sending_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sending_revoked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answer_speaker_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`proposals_booking_request_idx\` ON \`proposals\` (\`booking_request_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_status_idx\` ON \`proposals\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`proposals_sending_sending_by_idx\` ON \`proposals\` (\`sending_by_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_sending_sending_revoked_by_idx\` ON \`proposals\` (\`sending_revoked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_answer_answer_speaker_idx\` ON \`proposals\` (\`answer_speaker_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_created_by_idx\` ON \`proposals\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_token_hash_idx\` ON \`proposals\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`proposals_updated_at_idx\` ON \`proposals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proposals_created_at_idx\` ON \`proposals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`holds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`speaker_id\` integer NOT NULL,
  	\`booking_request_id\` integer NOT NULL,
  	\`start_date\` text NOT NULL,
  	\`end_date\` text,
  	\`time_zone\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`status\` text DEFAULT 'held' NOT NULL,
  	\`rank\` numeric,
  	\`created_by_id\` integer,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`speaker_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`booking_request_id\`) REFERENCES \`booking_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`holds_speaker_idx\` ON \`holds\` (\`speaker_id\`);`)
  await db.run(sql`CREATE INDEX \`holds_booking_request_idx\` ON \`holds\` (\`booking_request_id\`);`)
  await db.run(sql`CREATE INDEX \`holds_start_date_idx\` ON \`holds\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`holds_end_date_idx\` ON \`holds\` (\`end_date\`);`)
  await db.run(sql`CREATE INDEX \`holds_status_idx\` ON \`holds\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`holds_created_by_idx\` ON \`holds\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`holds_decided_by_idx\` ON \`holds\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`holds_updated_at_idx\` ON \`holds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`holds_created_at_idx\` ON \`holds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`calendar_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`speaker_id\` integer NOT NULL,
  	\`created_by_id\` integer,
  	\`token_hash\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`speaker_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`calendar_links_speaker_idx\` ON \`calendar_links\` (\`speaker_id\`);`)
  await db.run(sql`CREATE INDEX \`calendar_links_created_by_idx\` ON \`calendar_links\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`calendar_links_token_hash_idx\` ON \`calendar_links\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`calendar_links_updated_at_idx\` ON \`calendar_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`calendar_links_created_at_idx\` ON \`calendar_links\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`booking_requests_status_history\` ADD \`cause\` text;`)
  await db.run(sql`ALTER TABLE \`booking_requests_status_history\` ADD \`proposal_id\` integer REFERENCES proposals(id);`)
  await db.run(sql`CREATE INDEX \`booking_requests_status_history_proposal_idx\` ON \`booking_requests_status_history\` (\`proposal_id\`);`)
  await db.run(sql`ALTER TABLE \`booking_requests\` ADD \`confirmed_speaker_id\` integer REFERENCES speakers(id);`)
  await db.run(sql`CREATE INDEX \`booking_requests_confirmed_speaker_idx\` ON \`booking_requests\` (\`confirmed_speaker_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`proposals_id\` integer REFERENCES proposals(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`holds_id\` integer REFERENCES holds(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`calendar_links_id\` integer REFERENCES calendar_links(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_holds_id_idx\` ON \`payload_locked_documents_rels\` (\`holds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_links_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_links_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`proposals_items\`;`)
  await db.run(sql`DROP TABLE \`proposals\`;`)
  await db.run(sql`DROP TABLE \`holds\`;`)
  await db.run(sql`DROP TABLE \`calendar_links\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_booking_requests_status_history\` (
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
  await db.run(sql`INSERT INTO \`__new_booking_requests_status_history\`("_order", "_parent_id", "id", "from", "to", "by_id", "at") SELECT "_order", "_parent_id", "id", "from", "to", "by_id", "at" FROM \`booking_requests_status_history\`;`)
  await db.run(sql`DROP TABLE \`booking_requests_status_history\`;`)
  await db.run(sql`ALTER TABLE \`__new_booking_requests_status_history\` RENAME TO \`booking_requests_status_history\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`booking_requests_status_history_order_idx\` ON \`booking_requests_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_status_history_parent_id_idx\` ON \`booking_requests_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_status_history_by_idx\` ON \`booking_requests_status_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_booking_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contact_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organization\` text,
  	\`job_title\` text,
  	\`phone\` text,
  	\`event_name\` text NOT NULL,
  	\`event_date\` text NOT NULL,
  	\`event_time\` text,
  	\`event_time_zone\` text,
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
  	\`reference\` text,
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
  await db.run(sql`INSERT INTO \`__new_booking_requests\`("id", "contact_name", "email", "organization", "job_title", "phone", "event_name", "event_date", "event_time", "event_time_zone", "format", "event_location", "session_type", "duration_minutes", "audience_size", "audience_description", "budget_band", "travel_covered", "message", "how_did_you_hear", "reference", "status", "assignee_id", "source_received_at", "source_ip_hash", "source_user_agent", "updated_at", "created_at") SELECT "id", "contact_name", "email", "organization", "job_title", "phone", "event_name", "event_date", "event_time", "event_time_zone", "format", "event_location", "session_type", "duration_minutes", "audience_size", "audience_description", "budget_band", "travel_covered", "message", "how_did_you_hear", "reference", "status", "assignee_id", "source_received_at", "source_ip_hash", "source_user_agent", "updated_at", "created_at" FROM \`booking_requests\`;`)
  await db.run(sql`DROP TABLE \`booking_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_booking_requests\` RENAME TO \`booking_requests\`;`)
  await db.run(sql`CREATE INDEX \`booking_requests_event_date_idx\` ON \`booking_requests\` (\`event_date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`booking_requests_reference_idx\` ON \`booking_requests\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_status_idx\` ON \`booking_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_assignee_idx\` ON \`booking_requests\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_updated_at_idx\` ON \`booking_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_created_at_idx\` ON \`booking_requests\` (\`created_at\`);`)
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
  	FOREIGN KEY (\`slug_claims_id\`) REFERENCES \`slug_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "speakers_id", "interviews_id", "topics_id", "review_events_id", "review_deliveries_id", "booking_requests_id", "booking_notifications_id", "slug_claims_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "speakers_id", "interviews_id", "topics_id", "review_events_id", "review_deliveries_id", "booking_requests_id", "booking_notifications_id", "slug_claims_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slug_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`slug_claims_id\`);`)
}
