import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { newBookingReference } from '../../bookings/bookingReference'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`booking_requests\` ADD \`reference\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`booking_requests_reference_idx\` ON \`booking_requests\` (\`reference\`);`)
  // Requests stored before references existed get one, so staff can quote every request alike.
  const rows = await db.all<{ id: number }>(
    sql`SELECT \`id\` FROM \`booking_requests\` WHERE \`reference\` IS NULL;`,
  )
  for (const { id } of rows)
    await db.run(
      sql`UPDATE \`booking_requests\` SET \`reference\` = ${newBookingReference()} WHERE \`id\` = ${id};`,
    )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`booking_requests_reference_idx\`;`)
  await db.run(sql`ALTER TABLE \`booking_requests\` DROP COLUMN \`reference\`;`)
}
