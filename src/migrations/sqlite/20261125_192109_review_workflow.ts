import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_events_deliveries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`delivered_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_deliveries_order_idx\` ON \`review_events_deliveries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`review_events_deliveries_parent_id_idx\` ON \`review_events_deliveries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`review_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`by_id\` integer,
  	\`note\` text,
  	\`is_self_approval\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_kind_idx\` ON \`review_events\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`review_events_by_idx\` ON \`review_events\` (\`by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`interviews_id\` integer,
  	\`speakers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interviews_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_rels_order_idx\` ON \`review_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_parent_idx\` ON \`review_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_path_idx\` ON \`review_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_interviews_id_idx\` ON \`review_events_rels\` (\`interviews_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_speakers_id_idx\` ON \`review_events_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`speakers\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`speakers\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`speakers\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`speakers_review_state_idx\` ON \`speakers\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`speakers_review_submitted_by_idx\` ON \`speakers\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_review_state_idx\` ON \`_speakers_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_review_submitted_by_idx\` ON \`_speakers_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`interviews\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`interviews\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`interviews\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`interviews_review_state_idx\` ON \`interviews\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`interviews_review_submitted_by_idx\` ON \`interviews\` (\`review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_interviews_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_interviews_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_interviews_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_review_state_idx\` ON \`_interviews_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_review_submitted_by_idx\` ON \`_interviews_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_events_id\` integer REFERENCES review_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`review_events_deliveries\`;`)
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`DROP TABLE \`review_events_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_speakers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`honorific\` text,
  	\`job_title\` text,
  	\`organization\` text,
  	\`short_bio\` text,
  	\`bio\` text,
  	\`photo_id\` integer,
  	\`travels_from_city\` text,
  	\`travels_from_country\` text,
  	\`fee_band\` text,
  	\`featured\` integer DEFAULT false,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_speakers\`("id", "name", "slug", "honorific", "job_title", "organization", "short_bio", "bio", "photo_id", "travels_from_city", "travels_from_country", "fee_band", "featured", "published_at", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "honorific", "job_title", "organization", "short_bio", "bio", "photo_id", "travels_from_city", "travels_from_country", "fee_band", "featured", "published_at", "updated_at", "created_at", "_status" FROM \`speakers\`;`)
  await db.run(sql`DROP TABLE \`speakers\`;`)
  await db.run(sql`ALTER TABLE \`__new_speakers\` RENAME TO \`speakers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`speakers_name_idx\` ON \`speakers\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`speakers_slug_idx\` ON \`speakers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`speakers_photo_idx\` ON \`speakers\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`speakers_fee_band_idx\` ON \`speakers\` (\`fee_band\`);`)
  await db.run(sql`CREATE INDEX \`speakers_featured_idx\` ON \`speakers\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`speakers_published_at_idx\` ON \`speakers\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`speakers_updated_at_idx\` ON \`speakers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`speakers_created_at_idx\` ON \`speakers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`speakers__status_idx\` ON \`speakers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__speakers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_honorific\` text,
  	\`version_job_title\` text,
  	\`version_organization\` text,
  	\`version_short_bio\` text,
  	\`version_bio\` text,
  	\`version_photo_id\` integer,
  	\`version_travels_from_city\` text,
  	\`version_travels_from_country\` text,
  	\`version_fee_band\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__speakers_v\`("id", "parent_id", "version_name", "version_slug", "version_honorific", "version_job_title", "version_organization", "version_short_bio", "version_bio", "version_photo_id", "version_travels_from_city", "version_travels_from_country", "version_fee_band", "version_featured", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_honorific", "version_job_title", "version_organization", "version_short_bio", "version_bio", "version_photo_id", "version_travels_from_city", "version_travels_from_country", "version_fee_band", "version_featured", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_speakers_v\`;`)
  await db.run(sql`DROP TABLE \`_speakers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__speakers_v\` RENAME TO \`_speakers_v\`;`)
  await db.run(sql`CREATE INDEX \`_speakers_v_parent_idx\` ON \`_speakers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_name_idx\` ON \`_speakers_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_slug_idx\` ON \`_speakers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_photo_idx\` ON \`_speakers_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_fee_band_idx\` ON \`_speakers_v\` (\`version_fee_band\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_featured_idx\` ON \`_speakers_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_published_at_idx\` ON \`_speakers_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_updated_at_idx\` ON \`_speakers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_created_at_idx\` ON \`_speakers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version__status_idx\` ON \`_speakers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_created_at_idx\` ON \`_speakers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_updated_at_idx\` ON \`_speakers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_latest_idx\` ON \`_speakers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_interviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`source_publication\` text,
  	\`source_original_date\` text,
  	\`source_url\` text,
  	\`excerpt\` text,
  	\`body\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interviews\`("id", "title", "slug", "source_publication", "source_original_date", "source_url", "excerpt", "body", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "source_publication", "source_original_date", "source_url", "excerpt", "body", "published_at", "updated_at", "created_at", "_status" FROM \`interviews\`;`)
  await db.run(sql`DROP TABLE \`interviews\`;`)
  await db.run(sql`ALTER TABLE \`__new_interviews\` RENAME TO \`interviews\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`interviews_slug_idx\` ON \`interviews\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interviews_published_at_idx\` ON \`interviews\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews_updated_at_idx\` ON \`interviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews_created_at_idx\` ON \`interviews\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews__status_idx\` ON \`interviews\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__interviews_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_source_publication\` text,
  	\`version_source_original_date\` text,
  	\`version_source_url\` text,
  	\`version_excerpt\` text,
  	\`version_body\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interviews_v\`("id", "parent_id", "version_title", "version_slug", "version_source_publication", "version_source_original_date", "version_source_url", "version_excerpt", "version_body", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_source_publication", "version_source_original_date", "version_source_url", "version_excerpt", "version_body", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_interviews_v\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__interviews_v\` RENAME TO \`_interviews_v\`;`)
  await db.run(sql`CREATE INDEX \`_interviews_v_parent_idx\` ON \`_interviews_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_slug_idx\` ON \`_interviews_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_published_at_idx\` ON \`_interviews_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_updated_at_idx\` ON \`_interviews_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_created_at_idx\` ON \`_interviews_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version__status_idx\` ON \`_interviews_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_created_at_idx\` ON \`_interviews_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_updated_at_idx\` ON \`_interviews_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_latest_idx\` ON \`_interviews_v\` (\`latest\`);`)
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
  	\`slug_claims_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interviews_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slug_claims_id\`) REFERENCES \`slug_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "speakers_id", "interviews_id", "topics_id", "slug_claims_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "speakers_id", "interviews_id", "topics_id", "slug_claims_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slug_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`slug_claims_id\`);`)
}
