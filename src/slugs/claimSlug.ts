import type { Payload } from 'payload'

import { APIError } from 'payload'

import { isUniqueClash } from '../utilities/isUniqueClash'
import { collectionNames, type SluggedCollection } from '../vocabulary/collectionNames'
import { localize } from '../i18n/localize'
import { withSuffix } from './toSlug'

/** Suffixes tried one by one (`base`, `base-2`, …) before looking for a free one further on. */
const FIRST_TRIES = 10
/** Suffixes tried from the free one found (others may be claiming them at the same moment). */
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

/** The registry's claim on `slug`, if any (its key is unique). */
const claimOf = async (payload: Payload, collection: SluggedCollection, slug: string) => {
  const { docs } = await payload.find({
    collection: collectionNames.slugClaims,
    depth: 0,
    pagination: false,
    where: { key: { equals: claimKey(collection, slug) } },
  })
  return docs[0]
}

const takeOverIfStale = async (
  payload: Payload,
  collection: SluggedCollection,
  slug: string,
): Promise<boolean> => {
  const claim = await claimOf(payload, collection, slug)
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

/**
 * A suffix after `taken` (a claimed one) whose slug nobody has claimed, in a few exact lookups:
 * doubling until a free one, then halving back to the first free one after a claimed one.
 */
const freeSuffixAfter = async (
  payload: Payload,
  collection: SluggedCollection,
  base: string,
  taken: number,
): Promise<number> => {
  const claimedAt = async (n: number) =>
    Boolean(await claimOf(payload, collection, withSuffix(base, n)))
  let low = taken
  let high = taken * 2
  while (await claimedAt(high)) [low, high] = [high, high * 2]
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (await claimedAt(middle)) low = middle
    else high = middle
  }
  return high
}

/**
 * Claims `base`, or `base-2`, `base-3`, … for a document of `collection`, relying on the unique index
 * of the registry, never on check-then-insert. After ten taken, it looks for a free suffix by
 * doubling and halving (the 71st "Li Wei" is `li-wei-71`, found in a few lookups, not seventy
 * tries) and claims from there. Runs outside the request's transaction on purpose: a refused insert
 * must not abort the transaction the document is saved in.
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
  /** The first of `tries` suffixes from `from` that this document gets (a stale claim taken over). */
  const claimFrom = async (from: number, tries: number): Promise<string | undefined> => {
    for (let n = from; n < from + tries; n++) {
      const slug = withSuffix(base, n)
      if (await tryClaim(payload, collection, slug)) return slug
      if (
        (await takeOverIfStale(payload, collection, slug)) &&
        (await tryClaim(payload, collection, slug))
      ) {
        return slug
      }
    }
  }
  const slug =
    (await claimFrom(1, FIRST_TRIES)) ??
    // Others may claim the free one meanwhile: the next ones then.
    (await claimFrom(await freeSuffixAfter(payload, collection, base, FIRST_TRIES), MAX_ATTEMPTS))
  if (slug) return slug
  throw new APIError(
    localize(language, {
      en: `No free slug found for "${base}" after ${FIRST_TRIES + MAX_ATTEMPTS} tries: type another.`,
      zh: `尝试 ${FIRST_TRIES + MAX_ATTEMPTS} 次后仍未找到"${base}"的可用 slug：请另行输入。`,
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
