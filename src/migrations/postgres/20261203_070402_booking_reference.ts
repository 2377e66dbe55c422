import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { newBookingReference } from '../../bookings/bookingReference'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "booking_requests" ADD COLUMN "reference" varchar;
  CREATE UNIQUE INDEX "booking_requests_reference_idx" ON "booking_requests" USING btree ("reference");`)
  // Requests stored before references existed get one, so staff can quote every request alike.
  const { rows } = await db.execute<{ id: number }>(
    sql`SELECT "id" FROM "booking_requests" WHERE "reference" IS NULL`,
  )
  for (const { id } of rows)
    await db.execute(
      sql`UPDATE "booking_requests" SET "reference" = ${newBookingReference()} WHERE "id" = ${id}`,
    )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "booking_requests_reference_idx";
  ALTER TABLE "booking_requests" DROP COLUMN "reference";`)
}
