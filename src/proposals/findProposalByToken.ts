import type { PayloadRequest } from 'payload'

import type { Proposal } from '../payload-types'

import { collectionNames } from '../vocabulary/collectionNames'
import { refuse } from '../utilities/fieldError'
import { findByTokenHash } from '../utilities/findByTokenHash'

/** The proposal a link's token opens: 404 for an unknown one (and for anything not token-shaped). */
export const findProposalByToken = async (
  req: PayloadRequest,
  token: unknown,
): Promise<Proposal> => {
  const found = await findByTokenHash<Proposal>(req, collectionNames.proposals, token)
  if (!found)
    throw refuse(req, 404, { en: 'No proposal has this link.', zh: '没有与此链接对应的方案。' })
  return found
}

export const isExpired = (proposal: Pick<Proposal, 'expiresAt'>, now = Date.now()): boolean =>
  new Date(proposal.expiresAt).getTime() <= now

/**
 * Whether the link may still be answered: 410 once revoked or expired (unless already answered),
 * 409 once answered.
 */
export const assertAnswerable = (req: PayloadRequest, proposal: Proposal): void => {
  if (proposal.status === 'accepted' || proposal.status === 'declined')
    throw refuse(req, 409, {
      en: 'This proposal has already been answered.',
      zh: '该方案已经答复过了。',
    })
  assertOpen(req, proposal)
}

/** Why a link opens nothing any more (410): revoked, or sent and past its expiry. */
export const goneReason = (proposal: Proposal): 'expired' | 'revoked' | undefined => {
  if (proposal.status === 'revoked') return 'revoked'
  if (proposal.status === 'sent' && isExpired(proposal)) return 'expired'
  return undefined
}

/** 410 for a revoked link, or a sent one past its expiry. */
export const assertOpen = (req: PayloadRequest, proposal: Proposal): void => {
  const gone = goneReason(proposal)
  if (gone === 'revoked')
    throw refuse(req, 410, { en: 'This proposal was withdrawn.', zh: '该方案已被撤回。' })
  if (gone === 'expired')
    throw refuse(req, 410, { en: 'This proposal has expired.', zh: '该方案已过期。' })
}
