import type { PayloadRequest, SanitizedConfig } from 'payload'

import { APIError, createLocalReq, getPayload } from 'payload'

import { requesterLanguage } from '../../bookings/requesterLanguage'
import { readLimitedBody } from '../../http/readLimitedBody'
import { answerProposal, type ProposalAnswer } from '../answerProposal'
import type { Proposal } from '../../payload-types'
import { findByTokenHash } from '../../utilities/findByTokenHash'
import { collectionNames } from '../../vocabulary/collectionNames'
import { goneReason } from '../findProposalByToken'
import { publicProposal } from '../publicProposal'
import { type PageLanguage, renderGonePage, renderProposalPage } from './renderProposalPage'

type Context = { params: Promise<{ token: string }> }

/** A form's answer is a few fields: a larger body is refused before it is read. */
const MAX_FORM_BYTES = 16 * 1024

/**
 * The page is for its link's holder alone: never cached or indexed, no referrer (the URL carries
 * the token) and nothing but its own inline style and images from this server.
 */
const headers = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy':
    "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Content-Type': 'text/html; charset=utf-8',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
}

const html = (body: string, status = 200) => new Response(body, { headers, status })

const languageOf = (request: Request): PageLanguage => {
  const asked = new URL(request.url).searchParams.get('lang')
  if (asked === 'zh' || asked === 'en') return asked
  return requesterLanguage(request.headers.get('accept-language')) ?? 'en'
}

const localReq = async (config: Promise<SanitizedConfig>, language: PageLanguage) => {
  const payload = await getPayload({ config })
  const req = (await createLocalReq({}, payload)) as PayloadRequest
  req.i18n = { ...req.i18n, language }
  return req
}

/** The proposal as a page, or the page saying why there is none (404, 410). */
const showProposal = async (
  req: PayloadRequest,
  token: string,
  language: PageLanguage,
  error?: string,
  status = 200,
) => {
  const proposal = await findByTokenHash<Proposal>(req, collectionNames.proposals, token)
  if (!proposal) return html(renderGonePage(language, 'notFound'), 404)
  const gone = goneReason(proposal)
  if (gone) return html(renderGonePage(language, gone), 410)
  return html(
    renderProposalPage({ error, language, proposal: await publicProposal(req, proposal) }),
    status,
  )
}

const answerOf = (form: URLSearchParams): ProposalAnswer | undefined => {
  const action = form.get('action')
  if (action === 'accept') return { kind: 'accepted', speaker: form.get('speaker') }
  if (action === 'decline') return { kind: 'declined', reason: form.get('reason') }
  return undefined
}

/**
 * `/p/:token`, the client's page for a proposal, served server-side and working without
 * JavaScript: GET shows it; POST (its forms) answers it through the same rules as the API
 * (src/proposals/answerProposal.ts), then redirects back (303) to show the answer. A refused answer
 * shows the page again with the reason and the API's status (400, 409, 410).
 */
export const proposalPageRoute = (config: Promise<SanitizedConfig>) => ({
  GET: async (request: Request, { params }: Context) => {
    const language = languageOf(request)
    return showProposal(await localReq(config, language), (await params).token, language)
  },
  POST: async (request: Request, { params }: Context) => {
    const language = languageOf(request)
    const { token } = await params
    const req = await localReq(config, language)
    const bytes = request.body
      ? await readLimitedBody(request.body, MAX_FORM_BYTES)
      : new Uint8Array()
    if (!bytes) return html('Request body too large', 413)
    const answer = answerOf(new URLSearchParams(new TextDecoder().decode(bytes)))
    if (!answer) return showProposal(req, token, language, undefined, 400)
    try {
      await answerProposal({ answer, req, token })
    } catch (err) {
      if (!(err instanceof APIError)) throw err
      if (err.status === 404 || err.status === 410) return showProposal(req, token, language)
      return showProposal(req, token, language, err.message, err.status)
    }
    return new Response(null, {
      headers: { ...headers, Location: new URL(request.url).pathname },
      status: 303,
    })
  },
})
