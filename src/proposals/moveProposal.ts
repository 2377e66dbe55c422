import type { PayloadRequest } from 'payload'

import type { Proposal } from '../payload-types'

import { collectionNames } from '../vocabulary/collectionNames'

type Args = {
  data: Record<string, unknown>
  /** The statuses it may move from. */
  from: Proposal['status'][]
  id: number | string
  req: PayloadRequest
  /** Also only while its link has not expired at this instant (an ISO time). */
  unexpiredAt?: string
}

/**
 * Moves a proposal with one conditional update (`UPDATE … WHERE id = ? AND status IN (…)`,
 * `findOneAndUpdate` on MongoDB): of two moves at once (two sends, two answers, a revoke and an
 * answer), exactly one finds the status it expects. The updated proposal, or null for the one that
 * lost. Without hooks: the callers decide what the move means.
 */
export const moveProposal = async ({ data, from, id, req, unexpiredAt }: Args) =>
  (await req.payload.db.updateOne({
    collection: collectionNames.proposals,
    data: { ...data, updatedAt: new Date().toISOString() },
    req,
    where: {
      and: [
        { id: { equals: id } },
        { status: { in: from } },
        ...(unexpiredAt ? [{ expiresAt: { greater_than: unexpiredAt } }] : []),
      ],
    },
  })) as unknown as null | Proposal

/** Revokes a draft or sent proposal (its link answers 410), recording who and when. */
export const revokeProposal = ({
  by,
  proposal,
  req,
}: {
  by: null | number | string | undefined
  proposal: Pick<Proposal, 'id' | 'sending'>
  req: PayloadRequest
}) =>
  moveProposal({
    data: {
      sending: { ...proposal.sending, revokedAt: new Date().toISOString(), revokedBy: by ?? null },
      status: 'revoked',
    },
    from: ['draft', 'sent'],
    id: proposal.id,
    req,
  })
