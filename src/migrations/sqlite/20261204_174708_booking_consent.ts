import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`booking_requests\` ADD \`consent\` integer DEFAULT false NOT NULL;`)
  await db.run(sql`ALTER TABLE \`booking_requests\` ADD \`consent_transfer\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`booking_requests\` ADD \`consent_record_given_at\` text;`)
  await db.run(sql`ALTER TABLE \`booking_requests\` ADD \`consent_record_policy_version\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`booking_requests\` DROP COLUMN \`consent\`;`)
  await db.run(sql`ALTER TABLE \`booking_requests\` DROP COLUMN \`consent_transfer\`;`)
  await db.run(sql`ALTER TABLE \`booking_requests\` DROP COLUMN \`consent_record_given_at\`;`)
  await db.run(sql`ALTER TABLE \`booking_requests\` DROP COLUMN \`consent_record_policy_version\`;`)
}
