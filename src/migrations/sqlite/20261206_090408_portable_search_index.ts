import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`searchable\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`entry\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`search_entries_key_idx\` ON \`search_entries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_searchable_idx\` ON \`search_entries\` (\`searchable\`);`)
  await db.run(sql`CREATE TABLE \`search_changes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`change\` text NOT NULL,
  	\`keys\` text,
  	\`at\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_changes_change_idx\` ON \`search_changes\` (\`change\`);`)
  await db.run(sql`CREATE INDEX \`search_changes_at_idx\` ON \`search_changes\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`search_meta\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`value\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`search_meta_key_idx\` ON \`search_meta\` (\`key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_entries\`;`)
  await db.run(sql`DROP TABLE \`search_changes\`;`)
  await db.run(sql`DROP TABLE \`search_meta\`;`)
}
