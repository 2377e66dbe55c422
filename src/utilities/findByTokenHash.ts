import type { CollectionSlug, PayloadRequest } from 'payload'

import { hashToken, isTokenShaped } from './linkTokens'

/**
 * The document a secret link's token opens (a proposal, a calendar feed): looked up by the token's
 * SHA-256, the only form it is stored in. Undefined for an unknown token or anything not shaped
 * like one.
 */
export const findByTokenHash = async <T>(
  req: PayloadRequest,
  collection: CollectionSlug,
  token: unknown,
): Promise<T | undefined> => {
  if (!isTokenShaped(token)) return undefined
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { tokenHash: { equals: hashToken(token) } },
  })
  return docs[0] as T | undefined
}
