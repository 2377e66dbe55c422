import type { Payload } from 'payload'

import { APIError } from 'payload'

import { isUniqueClash } from '../utilities/isUniqueClash'
import { collectionNames, type SluggedCollection } from '../vocabulary/collectionNames'
import { localize } from '../i18n/localize'
import { withSuffix } from './toSlug'

/** Suffixes tried one by one (`base`, `base-2`, …) before looking up the highest one taken. */
const FIRST_TRIES = 10
/** Suffixes tried after the highest one taken (others may be claiming them at the same moment). */
const MAX_ATTEMPTS = 50
/** A claim no document uses after this long belongs to a save that failed. */
const STALE_CLAIM_MS = 5 * 60_000

const claimKey = (collection: string, slug: string): string => `${collection}:${slug}`

const isUsedByADocument = async (
  payload: Payload,
  collection: SluggedCollection,
  slug: string,
): Promise<boolean> => {
  const { totalDocs } = await payload.count({
    collection,
    where: { or: [{ slug: { equals: slug } }, { previousSlugs: { equals: slug } }] },
  })
  return totalDocs > 0
}

const takeOverIfStale = async (
  payload: Payload,
  collection: SluggedCollection,
  slug: string,
): Promise<boolean> => {
  const { docs } = await payload.find({
    collection: collectionNames.slugClaims,
    depth: 0,
    limit: 1,
    where: { key: { equals: claimKey(collection, slug) } },
  })
  const claim = docs[0]
  if (!claim) return false
  const age = Date.now() - new Date(claim.createdAt).getTime()
  if (age < STALE_CLAIM_MS || (await isUsedByADocument(payload, collection, slug))) return false
  await payload.delete({ collection: collectionNames.slugClaims, id: claim.id })
  return true
}

const tryClaim = async (
  payload: Payload,
  collection: SluggedCollection,
  slug: string,
): Promise<boolean> => {
  try {
    await payload.create({
      collection: collectionNames.slugClaims,
      data: { collection, key: claimKey(collection, slug), slug },
      depth: 0,
    })
    return true
  } catch (err) {
    if (!isUniqueClash(err)) throw err
    return false
  }
}

/** The highest `n` whose `withSuffix(base, n)` is claimed among the newest claims like it (1 if none). */
const highestSuffixClaimed = async (
  payload: Payload,
  collection: SluggedCollection,
  base: string,
): Promise<number> => {
  const { docs } = await payload.find({
    collection: collectionNames.slugClaims,
    depth: 0,
    limit: 200,
    select: { slug: true },
    sort: '-createdAt',
    where: {
      and: [
        { collection: { equals: collection } },
        { slug: { like: withSuffix(base, 1).slice(0, 40) } },
      ],
    },
  })
  return docs.reduce((highest, { slug }) => {
    const n = Number(/-(\d+)$/.exec(slug)?.[1])
    return n > highest && withSuffix(base, n) === slug ? n : highest
  }, 1)
}

/**
 * Claims `base`, or `base-2`, `base-3`, … for a document of `collection`, relying on the unique index
 * of the registry, never on check-then-insert. After ten taken, it goes on from the highest suffix
 * taken (the 51st "Li Wei" is `li-wei-51`, found in a few statements, not fifty). Runs outside the
 * request's transaction on purpose: a refused insert must not abort the transaction the document is
 * saved in.
 */
export const claimSlug = async ({
  base,
  collection,
  language,
  payload,
}: {
  base: string
  collection: SluggedCollection
  /** Whose language the refusal is in (a request). */
  language?: Parameters<typeof localize>[0]
  payload: Payload
}): Promise<string> => {
  const claimed = async (n: number): Promise<string | undefined> => {
    const slug = withSuffix(base, n)
    if (await tryClaim(payload, collection, slug)) return slug
    if (
      (await takeOverIfStale(payload, collection, slug)) &&
      (await tryClaim(payload, collection, slug))
    ) {
      return slug
    }
  }
  for (let n = 1; n <= FIRST_TRIES; n++) {
    const slug = await claimed(n)
    if (slug) return slug
  }
  const after = Math.max(FIRST_TRIES, await highestSuffixClaimed(payload, collection, base))
  for (let n = after + 1; n <= after + MAX_ATTEMPTS; n++) {
    const slug = await claimed(n)
    if (slug) return slug
  }
  throw new APIError(
    localize(language, {
      en: `No free slug found for "${base}" after ${MAX_ATTEMPTS} tries: type another.`,
      zh: `尝试 ${MAX_ATTEMPTS} 次后仍未找到"${base}"的可用 slug：请另行输入。`,
    }),
    409,
  )
}

/** Frees slugs nobody links to any more (a draft's superseded slug, a deleted document's slugs). */
export const releaseSlugs = async ({
  collection,
  payload,
  slugs,
}: {
  collection: SluggedCollection
  payload: Payload
  slugs: string[]
}): Promise<void> => {
  if (slugs.length === 0) return
  await payload.delete({
    collection: collectionNames.slugClaims,
    where: { key: { in: slugs.map((slug) => claimKey(collection, slug)) } },
  })
}
