import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { rebuildPublicMedia } from '../../sharedContent/rebuildPublicMedia'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`booking_requests_note_removals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note_id\` text,
  	\`note_author_id\` integer,
  	\`written_at\` text,
  	\`removed_by_id\` integer,
  	\`removed_at\` text,
  	FOREIGN KEY (\`note_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`removed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`booking_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`booking_requests_note_removals_order_idx\` ON \`booking_requests_note_removals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_note_removals_parent_id_idx\` ON \`booking_requests_note_removals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_note_removals_note_author_idx\` ON \`booking_requests_note_removals\` (\`note_author_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_requests_note_removals_removed_by_idx\` ON \`booking_requests_note_removals\` (\`removed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`is_public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`speakers\` ADD \`content_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`speakers_content_edited_by_idx\` ON \`speakers\` (\`content_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`speakers_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`speakers_rels_media_id_idx\` ON \`speakers_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_speakers_v\` ADD \`version_content_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_content_edited_by_idx\` ON \`_speakers_v\` (\`version_content_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_speakers_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_rels_media_id_idx\` ON \`_speakers_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`interviews\` ADD \`content_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`interviews_content_edited_by_idx\` ON \`interviews\` (\`content_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`interviews_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_media_id_idx\` ON \`interviews_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_interviews_v\` ADD \`version_content_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_content_edited_by_idx\` ON \`_interviews_v\` (\`version_content_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_interviews_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_media_id_idx\` ON \`_interviews_v_rels\` (\`media_id\`);`)
  // Images existing documents show: public from the start (usedMedia and isPublic are new).
  await rebuildPublicMedia({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`booking_requests_note_removals\`;`)
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
  	\`review_state\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`review_submitted_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_speakers\`("id", "name", "slug", "honorific", "job_title", "organization", "short_bio", "bio", "photo_id", "travels_from_city", "travels_from_country", "fee_band", "featured", "published_at", "review_state", "review_note", "review_submitted_by_id", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "honorific", "job_title", "organization", "short_bio", "bio", "photo_id", "travels_from_city", "travels_from_country", "fee_band", "featured", "published_at", "review_state", "review_note", "review_submitted_by_id", "updated_at", "created_at", "_status" FROM \`speakers\`;`)
  await db.run(sql`DROP TABLE \`speakers\`;`)
  await db.run(sql`ALTER TABLE \`__new_speakers\` RENAME TO \`speakers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`speakers_name_idx\` ON \`speakers\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`speakers_slug_idx\` ON \`speakers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`speakers_photo_idx\` ON \`speakers\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`speakers_fee_band_idx\` ON \`speakers\` (\`fee_band\`);`)
  await db.run(sql`CREATE INDEX \`speakers_featured_idx\` ON \`speakers\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`speakers_published_at_idx\` ON \`speakers\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`speakers_review_state_idx\` ON \`speakers\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`speakers_review_submitted_by_idx\` ON \`speakers\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`speakers_updated_at_idx\` ON \`speakers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`speakers_created_at_idx\` ON \`speakers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`speakers__status_idx\` ON \`speakers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_speakers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_speakers_rels\`("id", "order", "parent_id", "path", "topics_id") SELECT "id", "order", "parent_id", "path", "topics_id" FROM \`speakers_rels\`;`)
  await db.run(sql`DROP TABLE \`speakers_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_speakers_rels\` RENAME TO \`speakers_rels\`;`)
  await db.run(sql`CREATE INDEX \`speakers_rels_order_idx\` ON \`speakers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`speakers_rels_parent_idx\` ON \`speakers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`speakers_rels_path_idx\` ON \`speakers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`speakers_rels_topics_id_idx\` ON \`speakers_rels\` (\`topics_id\`);`)
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
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_review_submitted_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__speakers_v\`("id", "parent_id", "version_name", "version_slug", "version_honorific", "version_job_title", "version_organization", "version_short_bio", "version_bio", "version_photo_id", "version_travels_from_city", "version_travels_from_country", "version_fee_band", "version_featured", "version_published_at", "version_review_state", "version_review_note", "version_review_submitted_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_honorific", "version_job_title", "version_organization", "version_short_bio", "version_bio", "version_photo_id", "version_travels_from_city", "version_travels_from_country", "version_fee_band", "version_featured", "version_published_at", "version_review_state", "version_review_note", "version_review_submitted_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_speakers_v\`;`)
  await db.run(sql`DROP TABLE \`_speakers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__speakers_v\` RENAME TO \`_speakers_v\`;`)
  await db.run(sql`CREATE INDEX \`_speakers_v_parent_idx\` ON \`_speakers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_name_idx\` ON \`_speakers_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_slug_idx\` ON \`_speakers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_photo_idx\` ON \`_speakers_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_fee_band_idx\` ON \`_speakers_v\` (\`version_fee_band\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_featured_idx\` ON \`_speakers_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_published_at_idx\` ON \`_speakers_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_review_state_idx\` ON \`_speakers_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_review_submitted_by_idx\` ON \`_speakers_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_updated_at_idx\` ON \`_speakers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_created_at_idx\` ON \`_speakers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version__status_idx\` ON \`_speakers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_created_at_idx\` ON \`_speakers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_updated_at_idx\` ON \`_speakers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_latest_idx\` ON \`_speakers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__speakers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_speakers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__speakers_v_rels\`("id", "order", "parent_id", "path", "topics_id") SELECT "id", "order", "parent_id", "path", "topics_id" FROM \`_speakers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_speakers_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__speakers_v_rels\` RENAME TO \`_speakers_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_speakers_v_rels_order_idx\` ON \`_speakers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_rels_parent_idx\` ON \`_speakers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_rels_path_idx\` ON \`_speakers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_rels_topics_id_idx\` ON \`_speakers_v_rels\` (\`topics_id\`);`)
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
  	\`review_state\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`review_submitted_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interviews\`("id", "title", "slug", "source_publication", "source_original_date", "source_url", "excerpt", "body", "published_at", "review_state", "review_note", "review_submitted_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "source_publication", "source_original_date", "source_url", "excerpt", "body", "published_at", "review_state", "review_note", "review_submitted_by_id", "updated_at", "created_at", "_status" FROM \`interviews\`;`)
  await db.run(sql`DROP TABLE \`interviews\`;`)
  await db.run(sql`ALTER TABLE \`__new_interviews\` RENAME TO \`interviews\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`interviews_slug_idx\` ON \`interviews\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interviews_published_at_idx\` ON \`interviews\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews_review_state_idx\` ON \`interviews\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`interviews_review_submitted_by_idx\` ON \`interviews\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_updated_at_idx\` ON \`interviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews_created_at_idx\` ON \`interviews\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews__status_idx\` ON \`interviews\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_interviews_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`speakers_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interviews_rels\`("id", "order", "parent_id", "path", "speakers_id", "topics_id") SELECT "id", "order", "parent_id", "path", "speakers_id", "topics_id" FROM \`interviews_rels\`;`)
  await db.run(sql`DROP TABLE \`interviews_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_interviews_rels\` RENAME TO \`interviews_rels\`;`)
  await db.run(sql`CREATE INDEX \`interviews_rels_order_idx\` ON \`interviews_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_parent_idx\` ON \`interviews_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_path_idx\` ON \`interviews_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_speakers_id_idx\` ON \`interviews_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_topics_id_idx\` ON \`interviews_rels\` (\`topics_id\`);`)
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
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_review_submitted_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interviews_v\`("id", "parent_id", "version_title", "version_slug", "version_source_publication", "version_source_original_date", "version_source_url", "version_excerpt", "version_body", "version_published_at", "version_review_state", "version_review_note", "version_review_submitted_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_source_publication", "version_source_original_date", "version_source_url", "version_excerpt", "version_body", "version_published_at", "version_review_state", "version_review_note", "version_review_submitted_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_interviews_v\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__interviews_v\` RENAME TO \`_interviews_v\`;`)
  await db.run(sql`CREATE INDEX \`_interviews_v_parent_idx\` ON \`_interviews_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_slug_idx\` ON \`_interviews_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_published_at_idx\` ON \`_interviews_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_review_state_idx\` ON \`_interviews_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_review_submitted_by_idx\` ON \`_interviews_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_updated_at_idx\` ON \`_interviews_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_created_at_idx\` ON \`_interviews_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version__status_idx\` ON \`_interviews_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_created_at_idx\` ON \`_interviews_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_updated_at_idx\` ON \`_interviews_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_latest_idx\` ON \`_interviews_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__interviews_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`speakers_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interviews_v_rels\`("id", "order", "parent_id", "path", "speakers_id", "topics_id") SELECT "id", "order", "parent_id", "path", "speakers_id", "topics_id" FROM \`_interviews_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__interviews_v_rels\` RENAME TO \`_interviews_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_order_idx\` ON \`_interviews_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_parent_idx\` ON \`_interviews_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_path_idx\` ON \`_interviews_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_speakers_id_idx\` ON \`_interviews_v_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_topics_id_idx\` ON \`_interviews_v_rels\` (\`topics_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`is_public\`;`)
}
