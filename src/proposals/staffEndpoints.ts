import type { Endpoint, PayloadRequest } from 'payload'

import type { Proposal } from '../payload-types'

import { requireStaff } from '../access/requireStaff'
import { moveBookingRequest } from '../bookings/moveBookingRequest'
import { refuse } from '../utilities/fieldError'
import { idOf } from '../utilities/idOf'
import { inTransaction } from '../utilities/inTransaction'
import { collectionNames } from '../vocabulary/collectionNames'
import { PROPOSAL_TASKS } from '../vocabulary/taskNames'
import { moveProposal, revokeProposal } from './moveProposal'
import { revokeProposalDocs, sendProposalDocs } from './proposalDocs'
import { hashToken } from '../utilities/linkTokens'
import { newTokenNonce, proposalToken } from './proposalToken'

/** The proposal named in the path, as the signed-in staff member may read it (404 otherwise). */
const proposalFor = async (req: PayloadRequest): Promise<Proposal> => {
  requireStaff(req, {
    en: 'Only staff send and revoke proposals.',
    zh: '只有工作人员可以发送或撤回方案。',
  })
  const proposal = await req.payload.findByID({
    collection: collectionNames.proposals,
    depth: 0,
    disableErrors: true,
    id: String(req.routeParams?.id ?? ''),
    overrideAccess: false,
    req,
  })
  if (!proposal) throw refuse(req, 404, { en: 'No such proposal.', zh: '该方案不存在。' })
  return proposal as Proposal
}

const answerWith = (req: PayloadRequest, id: number | string) =>
  req.payload
    .findByID({ collection: collectionNames.proposals, depth: 0, id, overrideAccess: false, req })
    .then((doc) => Response.json({ doc }))

/**
 * `POST /api/proposals/:id/send`: a draft goes out. Its link token is made (only its hash and nonce
 * are kept), the requester is mailed the link (queued, retried), the request moves to
 * `proposal_sent` with the sender in its history. 409 unless the proposal is a draft.
 */
export const sendProposalEndpoint: Endpoint = {
  custom: { openapi: sendProposalDocs },
  handler: async (req) => {
    const proposal = await proposalFor(req)
    if (new Date(proposal.expiresAt).getTime() <= Date.now())
      throw refuse(
        req,
        400,
        {
          en: 'Its link would already have expired: give the proposal a later expiry first.',
          zh: '链接已过期：请先把方案的到期时间改到以后。',
        },
        'expiresAt',
      )
    await inTransaction(req, async () => {
      const nonce = newTokenNonce()
      const claimed = await moveProposal({
        data: {
          sending: { at: new Date().toISOString(), by: req.user?.id },
          status: 'sent',
          tokenHash: hashToken(proposalToken(req.payload.secret, nonce)),
          tokenNonce: nonce,
        },
        from: ['draft'],
        id: proposal.id,
        req,
      })
      if (!claimed)
        throw refuse(req, 409, {
          en: 'This proposal is no longer a draft: it was sent, answered or revoked.',
          zh: '该方案已不是草稿：已发送、已答复或已撤回。',
        })
      await moveBookingRequest({
        by: req.user?.id,
        cause: 'proposal_sent',
        proposal: proposal.id,
        req,
        requestId: idOf(proposal.bookingRequest) as number | string,
      })
      await req.payload.jobs.queue({
        input: { proposalId: String(proposal.id) },
        req,
        task: PROPOSAL_TASKS.mailLink,
      })
    })
    return answerWith(req, proposal.id)
  },
  method: 'post',
  path: '/:id/send',
}

/** `POST /api/proposals/:id/revoke`: its link stops working (410). 409 once answered or revoked. */
export const revokeProposalEndpoint: Endpoint = {
  custom: { openapi: revokeProposalDocs },
  handler: async (req) => {
    const proposal = await proposalFor(req)
    const claimed = await inTransaction(req, () =>
      revokeProposal({ by: req.user?.id, proposal, req }),
    )
    if (!claimed)
      throw refuse(req, 409, {
        en: 'This proposal was already answered or revoked.',
        zh: '该方案已答复或已撤回。',
      })
    return answerWith(req, proposal.id)
  },
  method: 'post',
  path: '/:id/revoke',
}
