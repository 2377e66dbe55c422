import type { Payload, PayloadRequest } from 'payload'

import { collectionSlugs } from '../collections/slugs'
import { type SeedUser, seedUsers } from './users'

type Args = {
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
  payload: Payload
  req?: Partial<PayloadRequest>
}

export type SeedResult = { users: { created: number; existing: number; list: SeedUser[] } }

const upsertUser = async ({
  payload,
  req,
  user,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
  user: SeedUser
}) => {
  const { totalDocs } = await payload.count({
    collection: collectionSlugs.users,
    req,
    where: { email: { equals: user.email } },
  })
  if (totalDocs > 0) return false
  await payload.create({ collection: collectionSlugs.users, data: user, req })
  return true
}

/** Fills an installation with its starting data. Safe to run twice: nothing is created again. */
export const seed = async ({
  env = process.env,
  log = console.log,
  payload,
  req,
}: Args): Promise<SeedResult> => {
  const list = seedUsers({ env })
  let created = 0
  for (const user of list) {
    if (await upsertUser({ payload, req, user })) created++
  }
  log(`seed: users ${created} created, ${list.length - created} already there`)
  return { users: { created, existing: list.length - created, list } }
}
