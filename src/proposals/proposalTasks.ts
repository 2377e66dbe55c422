import type { Payload, TaskConfig } from 'payload'

import type { BookingRequest, Proposal } from '../payload-types'

import { deliverBookingOnce } from '../bookings/deliverBookingOnce'
import { adminDocumentUrl } from '../email/adminDocumentUrl'
import { staffRecipients } from '../email/staffRecipients'
import { idOf } from '../utilities/idOf'
import { postJson } from '../utilities/postJson'
import { collectionNames } from '../vocabulary/collectionNames'
import { PROPOSAL_TASKS } from '../vocabulary/taskNames'
import { proposalAnswerEmail, proposalAnswerMessage, proposalLinkEmail } from './proposalEmails'
import { proposalToken } from './proposalToken'

type Options = {
  attempts: number
  leaseMs: number
  notifyEmails: string[]
  retryDelayMs: number
  webhookTimeoutMs: number
  webhookUrl?: string
}

type Loaded = { proposal: Proposal; request: BookingRequest }

const load = async (payload: Payload, proposalId: string): Promise<Loaded> => {
  const proposal = (await payload.findByID({
    collection: collectionNames.proposals,
    depth: 0,
    id: proposalId,
    overrideAccess: true,
  })) as Proposal
  const request = (await payload.findByID({
    collection: collectionNames.bookingRequests,
    depth: 0,
    id: idOf(proposal.bookingRequest) as number | string,
    overrideAccess: true,
  })) as BookingRequest
  return { proposal, request }
}

const answerOf = async (payload: Payload, { proposal, request }: Loaded) => {
  const chosen = idOf(proposal.answer?.speaker)
  const speaker =
    chosen === undefined
      ? undefined
      : await payload.findByID({
          collection: collectionNames.speakers,
          depth: 0,
          disableErrors: true,
          id: chosen,
          select: { name: true },
        })
  return {
    adminUrl: adminDocumentUrl(payload.config, collectionNames.proposals, proposal.id),
    proposal,
    request,
    speakerName: speaker?.name,
  }
}

/** The mail with a proposal's link, and staff's word of its answer (mail, webhook): each once, retried. */
export const proposalTasks = (options: Options): TaskConfig[] => {
  const retries = {
    attempts: options.attempts,
    backoff: { delay: options.retryDelayMs, type: 'exponential' as const },
  }
  const task = (
    slug: (typeof PROPOSAL_TASKS)[keyof typeof PROPOSAL_TASKS],
    run: (payload: Payload, loaded: Loaded) => Promise<unknown>,
  ): TaskConfig => ({
    slug,
    handler: async ({ input, req }) => {
      const loaded = await load(req.payload, (input as { proposalId: string }).proposalId)
      return { output: { result: await run(req.payload, loaded) } }
    },
    inputSchema: [{ name: 'proposalId', type: 'text', required: true }],
    retries,
  })
  const deliver = (
    loaded: Loaded,
    channel: Parameters<typeof deliverBookingOnce>[0]['channel'],
    send: () => Promise<unknown>,
    payload: Payload,
  ) =>
    deliverBookingOnce({
      about: loaded.proposal.id,
      channel,
      deliver: async () => {
        await send()
      },
      leaseMs: options.leaseMs,
      payload,
      requestId: loaded.request.id,
    })

  return [
    task(PROPOSAL_TASKS.mailLink, async (payload, loaded) => {
      // Revoked before the mail went out: the link would only answer 410.
      if (loaded.proposal.status === 'revoked') return 'revoked'
      const nonce = loaded.proposal.tokenNonce
      if (!nonce) return 'never sent'
      const link = `${payload.config.serverURL.replace(/\/+$/, '')}/p/${proposalToken(payload.secret, nonce)}`
      return deliver(
        loaded,
        'proposal_link',
        () =>
          payload.sendEmail({
            ...proposalLinkEmail(loaded.request, loaded.proposal, link),
            to: loaded.request.email,
          }),
        payload,
      )
    }),
    task(PROPOSAL_TASKS.notifyAnswer, async (payload, loaded) =>
      deliver(
        loaded,
        'proposal_answer_email',
        async () => {
          const to = await staffRecipients(
            payload,
            [idOf(loaded.proposal.sending?.by), idOf(loaded.request.assignee)],
            options.notifyEmails,
          )
          if (to.length === 0) return
          await payload.sendEmail({ ...proposalAnswerEmail(await answerOf(payload, loaded)), to })
        },
        payload,
      ),
    ),
    task(PROPOSAL_TASKS.postAnswerWebhook, async (payload, loaded) => {
      const url = options.webhookUrl
      if (!url) return 'not configured'
      return deliver(
        loaded,
        'proposal_answer_webhook',
        async () => {
          await postJson(
            url,
            proposalAnswerMessage(await answerOf(payload, loaded)),
            options.webhookTimeoutMs,
          )
        },
        payload,
      )
    }),
  ]
}
