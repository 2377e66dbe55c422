import type { BenchConfig } from './config'
import type { Lifecycle } from './lifecycle'
import { startSearchChild } from './searchChildren'
import { type Dataset, seedDataset } from './seed'

export type Prepared = { bookingFast: string; bookingSlow: string; large: Dataset; small: Dataset }

/**
 * One database migrated by the production server itself (as `npm start` does on a fresh database),
 * copied (CREATE DATABASE … TEMPLATE) for the two datasets, which are then seeded by bulk SQL, and for
 * the two booking servers, which start empty.
 */
export const prepareDatabases = async (
  { databases, start, stop }: Lifecycle,
  config: BenchConfig,
): Promise<Prepared> => {
  const template = await databases.create('template')
  await stop(await start({ databaseUri: databases.uriOf(template), label: 'migrate' }))
  // The database engine's own tables (made at its start, not by the migrations), for the search
  // phase: on the template, which has no documents, so there is nothing to build.
  const tables = startSearchChild('search-tables', databases.uriOf(template), undefined, 'database')
  try {
    await tables.call('prepare', { migrateOnly: true })
  } finally {
    await tables.exit()
  }
  const [small, large, bookingFast, bookingSlow] = await Promise.all(
    ['small', 'large', 'book_fast', 'book_slow'].map((label) => databases.create(label, template)),
  )
  return {
    bookingFast: databases.uriOf(bookingFast),
    bookingSlow: databases.uriOf(bookingSlow),
    large: await seedDataset(databases.uriOf(large), config.large, config.topics),
    small: await seedDataset(databases.uriOf(small), config.small, config.topics),
  }
}
