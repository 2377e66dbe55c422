import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { acceptProposalDocs, declineProposalDocs, proposalByTokenDocs } from './proposalDocs'
import { answerProposal, type ProposalAnswer } from './answerProposal'
import { assertOpen, findProposalByToken } from './findProposalByToken'
import { publicProposal } from './publicProposal'

/** A link's answers are for its holder alone: never cached, never indexed. */
export const PRIVATE_PAGE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
} as const

const json = (body: unknown) => Response.json(body, { headers: PRIVATE_PAGE_HEADERS })

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  const data = req.data
  return data && typeof data === 'object' && !Array.isArray(data) ? data : {}
}

/** `GET /api/proposals/by-token/:token`: the proposal its link opens (see publicProposal). */
export const proposalByTokenEndpoint: Endpoint = {
  custom: { openapi: proposalByTokenDocs },
  handler: async (req) => {
    const proposal = await findProposalByToken(req, req.routeParams?.token)
    assertOpen(req, proposal)
    return json(await publicProposal(req, proposal))
  },
  method: 'get',
  path: '/by-token/:token',
}

const answerEndpoint = (kind: ProposalAnswer['kind'], docs: Record<string, unknown>): Endpoint => ({
  custom: { openapi: docs },
  handler: async (req) => {
    const body = await bodyOf(req)
    const answer: ProposalAnswer =
      kind === 'accepted' ? { kind, speaker: body.speaker } : { kind, reason: body.reason }
    const proposal = await answerProposal({ answer, req, token: req.routeParams?.token })
    return json(await publicProposal(req, proposal))
  },
  method: 'post',
  path: `/by-token/:token/${kind === 'accepted' ? 'accept' : 'decline'}`,
})

/** `POST /api/proposals/by-token/:token/accept` and `/decline`: the client's one answer. */
export const answerProposalEndpoints: Endpoint[] = [
  answerEndpoint('accepted', acceptProposalDocs),
  answerEndpoint('declined', declineProposalDocs),
]
