import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`speakers_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`speakers_languages_order_idx\` ON \`speakers_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`speakers_languages_parent_idx\` ON \`speakers_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`speakers_videos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`speakers_videos_order_idx\` ON \`speakers_videos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`speakers_videos_parent_id_idx\` ON \`speakers_videos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`speakers\` (
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
  await db.run(sql`CREATE INDEX \`speakers_name_idx\` ON \`speakers\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`speakers_slug_idx\` ON \`speakers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`speakers_photo_idx\` ON \`speakers\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`speakers_fee_band_idx\` ON \`speakers\` (\`fee_band\`);`)
  await db.run(sql`CREATE INDEX \`speakers_featured_idx\` ON \`speakers\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`speakers_published_at_idx\` ON \`speakers\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`speakers_updated_at_idx\` ON \`speakers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`speakers_created_at_idx\` ON \`speakers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`speakers__status_idx\` ON \`speakers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`speakers_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`speakers_texts_order_parent\` ON \`speakers_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`speakers_texts_text_idx\` ON \`speakers_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`speakers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`speakers_rels_order_idx\` ON \`speakers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`speakers_rels_parent_idx\` ON \`speakers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`speakers_rels_path_idx\` ON \`speakers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`speakers_rels_topics_id_idx\` ON \`speakers_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_speakers_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_speakers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_languages_order_idx\` ON \`_speakers_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_languages_parent_idx\` ON \`_speakers_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_speakers_v_version_videos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_speakers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_videos_order_idx\` ON \`_speakers_v_version_videos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_videos_parent_id_idx\` ON \`_speakers_v_version_videos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_speakers_v\` (
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
  await db.run(sql`CREATE TABLE \`_speakers_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_speakers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_speakers_v_texts_order_parent\` ON \`_speakers_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_speakers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_speakers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_speakers_v_rels_order_idx\` ON \`_speakers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_rels_parent_idx\` ON \`_speakers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_rels_path_idx\` ON \`_speakers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_rels_topics_id_idx\` ON \`_speakers_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`interviews\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`interviews_slug_idx\` ON \`interviews\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interviews_published_at_idx\` ON \`interviews\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews_updated_at_idx\` ON \`interviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews_created_at_idx\` ON \`interviews\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interviews__status_idx\` ON \`interviews\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`interviews_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interviews_texts_order_parent\` ON \`interviews_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_texts_text_idx\` ON \`interviews_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`interviews_rels\` (
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
  await db.run(sql`CREATE INDEX \`interviews_rels_order_idx\` ON \`interviews_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_parent_idx\` ON \`interviews_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_path_idx\` ON \`interviews_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_speakers_id_idx\` ON \`interviews_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`interviews_rels_topics_id_idx\` ON \`interviews_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v\` (
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
  await db.run(sql`CREATE INDEX \`_interviews_v_parent_idx\` ON \`_interviews_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_slug_idx\` ON \`_interviews_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_published_at_idx\` ON \`_interviews_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_updated_at_idx\` ON \`_interviews_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version_created_at_idx\` ON \`_interviews_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_version_version__status_idx\` ON \`_interviews_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_created_at_idx\` ON \`_interviews_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_updated_at_idx\` ON \`_interviews_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_latest_idx\` ON \`_interviews_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interviews_v_texts_order_parent\` ON \`_interviews_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interviews_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_order_idx\` ON \`_interviews_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_parent_idx\` ON \`_interviews_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_path_idx\` ON \`_interviews_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_speakers_id_idx\` ON \`_interviews_v_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`_interviews_v_rels_topics_id_idx\` ON \`_interviews_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_parent_idx\` ON \`topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_texts_order_parent\` ON \`topics_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_texts_text_idx\` ON \`topics_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`slug_claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_claims_key_idx\` ON \`slug_claims\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`slug_claims_updated_at_idx\` ON \`slug_claims\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`slug_claims_created_at_idx\` ON \`slug_claims\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`speakers_id\` integer REFERENCES speakers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`interviews_id\` integer REFERENCES interviews(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`topics_id\` integer REFERENCES topics(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`slug_claims_id\` integer REFERENCES slug_claims(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_speakers_id_idx\` ON \`payload_locked_documents_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interviews_id_idx\` ON \`payload_locked_documents_rels\` (\`interviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slug_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`slug_claims_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`speakers_languages\`;`)
  await db.run(sql`DROP TABLE \`speakers_videos\`;`)
  await db.run(sql`DROP TABLE \`speakers\`;`)
  await db.run(sql`DROP TABLE \`speakers_texts\`;`)
  await db.run(sql`DROP TABLE \`speakers_rels\`;`)
  await db.run(sql`DROP TABLE \`_speakers_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_speakers_v_version_videos\`;`)
  await db.run(sql`DROP TABLE \`_speakers_v\`;`)
  await db.run(sql`DROP TABLE \`_speakers_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_speakers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`interviews\`;`)
  await db.run(sql`DROP TABLE \`interviews_texts\`;`)
  await db.run(sql`DROP TABLE \`interviews_rels\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_interviews_v_rels\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_texts\`;`)
  await db.run(sql`DROP TABLE \`slug_claims\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
}
