import type { Payload, PayloadRequest } from 'payload'

import { toSlug } from '../src/slugs/toSlug'
import { collectionNames, type SluggedCollection } from '../src/vocabulary/collectionNames'
import { seedInterviews } from './interviews'
import { portraitFor } from './portrait'
import { seedSpeakers } from './speakers'
import { seedTopics } from './topics'
import { type SeedUser, seedUsers } from './users'

type Id = number | string

type Args = {
  env?: Record<string, string | undefined>
  log?: (line: string) => void
  payload: Payload
  req?: Partial<PayloadRequest>
}

type Tally = { created: number; existing: number }

export type SeedResult = {
  interviews: Tally
  speakers: Tally
  topics: Tally
  users: Tally & { list: SeedUser[] }
}

/**
 * Creates the document unless one with that slug, or that name or title, exists (a database seeded
 * before slugs were written by words has `li-xiao-hua` for 李晓华); returns its id either way.
 */
const ensureBySlug = async (
  { payload, req }: Args,
  collection: SluggedCollection,
  name: string,
  data: Record<string, unknown>,
  tally: Tally,
): Promise<Id> => {
  const slug = toSlug(name, { person: collection === collectionNames.speakers })
  const found = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    req,
    where: {
      or: [
        { slug: { equals: slug } },
        { [collection === collectionNames.interviews ? 'title' : 'name']: { equals: name } },
      ],
    },
  })
  if (found.docs[0]) {
    tally.existing++
    return found.docs[0].id
  }
  const created = await payload.create({
    collection,
    data: { ...data, slug } as never,
    depth: 0,
    req,
  })
  tally.created++
  return created.id
}

/** Uploads a placeholder portrait once per speaker (found again by its alt text). */
const ensurePortrait = async ({ payload, req }: Args, name: string): Promise<Id> => {
  const alt = `Portrait of ${name}`
  const found = await payload.find({
    collection: collectionNames.media,
    depth: 0,
    limit: 1,
    req,
    where: { alt: { equals: alt } },
  })
  if (found.docs[0]) return found.docs[0].id
  const data = await portraitFor(name)
  const file = { data, mimetype: 'image/png', name: `${toSlug(name)}.png`, size: data.length }
  const created = await payload.create({
    collection: collectionNames.media,
    data: { alt },
    file,
    req,
  })
  return created.id
}

const idsFor = (names: string[], ids: Map<string, Id>): Id[] =>
  names.map((name) => {
    const id = ids.get(name)
    if (id === undefined) throw new Error(`seed: unknown reference "${name}"`)
    return id
  })

const seedAllUsers = async (args: Args, list: SeedUser[]): Promise<Tally> => {
  const tally = { created: 0, existing: 0 }
  for (const user of list) {
    const { totalDocs } = await args.payload.count({
      collection: collectionNames.users,
      req: args.req,
      where: { email: { equals: user.email } },
    })
    if (totalDocs > 0) tally.existing++
    else {
      await args.payload.create({ collection: collectionNames.users, data: user, req: args.req })
      tally.created++
    }
  }
  return tally
}

/**
 * Fills an installation with its starting content: users, topics, speakers (Kaiser Kuo and invented
 * ones) and interviews, a mix of published and draft. Safe to run twice: nothing is created again.
 */
export const seed = async (args: Args): Promise<SeedResult> => {
  const { env = process.env, log = console.log } = args
  const report = (step: string, { created, existing }: Tally) =>
    log(`seed: ${step.padEnd(10)} ${created} created, ${existing} already there`)

  const list = seedUsers({ env })
  const users = await seedAllUsers(args, list)
  report('users', users)

  const topicIds = new Map<string, Id>()
  const topics = { created: 0, existing: 0 }
  for (const topic of seedTopics) {
    const parent = topic.parent ? topicIds.get(topic.parent) : undefined
    const data = { description: topic.description, name: topic.name, parent }
    topicIds.set(
      topic.name,
      await ensureBySlug(args, collectionNames.topics, topic.name, data, topics),
    )
  }
  report('topics', topics)

  const speakerIds = new Map<string, Id>()
  const speakers = { created: 0, existing: 0 }
  for (const { city, country, isDraft, topics: names, ...speaker } of seedSpeakers) {
    const data = {
      ...speaker,
      _status: isDraft ? 'draft' : 'published',
      photo: await ensurePortrait(args, speaker.name),
      topics: idsFor(names, topicIds),
      travelsFrom: { city, country },
    }
    speakerIds.set(
      speaker.name,
      await ensureBySlug(args, collectionNames.speakers, speaker.name, data, speakers),
    )
  }
  report('speakers', speakers)

  const interviews = { created: 0, existing: 0 }
  for (const {
    isDraft,
    originalDate,
    publication,
    speakers: who,
    topics: names,
    url,
    ...interview
  } of seedInterviews) {
    const data = {
      ...interview,
      _status: isDraft ? 'draft' : 'published',
      source: { originalDate, publication, url },
      speakers: idsFor(who, speakerIds),
      topics: idsFor(names, topicIds),
    }
    await ensureBySlug(args, collectionNames.interviews, interview.title, data, interviews)
  }
  report('interviews', interviews)

  return { interviews, speakers, topics, users: { ...users, list } }
}
