import type { DataFromCollectionSlug, Payload, TaskConfig } from 'payload'

import { collectionNames } from '../vocabulary/collectionNames'
import {
  requesterAcknowledgement,
  slackBookingMessage,
  slaReminderEmail,
  staffBookingEmail,
} from './bookingEmails'
import { adminDocumentUrl } from '../email/adminDocumentUrl'
import { deliverBookingOnce } from './deliverBookingOnce'
import { staffAddresses } from '../email/staffRecipients'
import { postJson } from '../utilities/postJson'
import { BOOKING_TASKS } from '../vocabulary/taskNames'
import type { MailLanguage } from './requesterLanguage'

export type BookingNotifyOptions = {
  attempts: number
  /** How long a delivery attempt holds its claim (the plugin's `jobs.staleAfterSeconds`). */
  leaseMs: number
  notifyEmails: string[]
  retryDelayMs: number
  slaHours: number
  webhookTimeoutMs: number
  webhookUrl?: string
}

/** A booking request, as the host's generated types have it (Payload's `GeneratedTypes`). */
type BookingRequest = DataFromCollectionSlug<'booking-requests'>

/** `language`: the requester's, for their acknowledgement (absent: a bilingual mail). */
const inputSchema: TaskConfig['inputSchema'] = [
  { name: 'requestId', type: 'text', required: true },
  { name: 'language', type: 'text' },
]

type Input = { language?: MailLanguage | null; requestId: string }

const loadRequest = (payload: Payload, requestId: string) =>
  payload.findByID({
    collection: collectionNames.bookingRequests,
    depth: 0,
    id: requestId,
  }) as Promise<BookingRequest>

const adminUrlOf = (payload: Payload, id: number | string) =>
  adminDocumentUrl(payload.config, collectionNames.bookingRequests, id)

/** The four notification tasks of a booking request, each retried with exponential backoff. */
export const bookingTasks = (options: BookingNotifyOptions): TaskConfig[] => {
  const retries = {
    attempts: options.attempts,
    backoff: { delay: options.retryDelayMs, type: 'exponential' as const },
  }
  const task = (
    slug: (typeof BOOKING_TASKS)[keyof typeof BOOKING_TASKS],
    run: (payload: Payload, request: BookingRequest, input: Input) => Promise<unknown>,
  ): TaskConfig => ({
    slug,
    handler: async ({ input, req }) => {
      const request = await loadRequest(req.payload, (input as Input).requestId)
      return { output: { result: await run(req.payload, request, input as Input) } }
    },
    inputSchema,
    retries,
  })

  return [
    task(BOOKING_TASKS.notifyStaff, async (payload, request) =>
      deliverBookingOnce({
        leaseMs: options.leaseMs,
        channel: 'staff_email',
        deliver: async () => {
          const to = await staffAddresses(payload, options.notifyEmails)
          if (to.length === 0) return
          await payload.sendEmail({
            ...staffBookingEmail(request, adminUrlOf(payload, request.id)),
            replyTo: request.email,
            to,
          })
        },
        payload,
        requestId: request.id,
      }),
    ),
    task(BOOKING_TASKS.acknowledge, async (payload, request, { language }) =>
      deliverBookingOnce({
        leaseMs: options.leaseMs,
        channel: 'requester_ack',
        deliver: async () => {
          await payload.sendEmail({
            ...requesterAcknowledgement(request, language ?? undefined),
            to: request.email,
          })
        },
        payload,
        requestId: request.id,
      }),
    ),
    task(BOOKING_TASKS.webhook, async (payload, request) => {
      const url = options.webhookUrl
      if (!url) return 'not configured'
      return deliverBookingOnce({
        leaseMs: options.leaseMs,
        channel: 'webhook',
        deliver: () =>
          postJson(
            url,
            slackBookingMessage(request, adminUrlOf(payload, request.id)),
            options.webhookTimeoutMs,
          ),
        payload,
        requestId: request.id,
      })
    }),
    task(BOOKING_TASKS.slaReminder, async (payload, request) => {
      if (request.status !== 'new') return 'already triaged'
      return deliverBookingOnce({
        leaseMs: options.leaseMs,
        channel: 'sla_reminder',
        deliver: async () => {
          const to = await staffAddresses(payload, options.notifyEmails)
          if (to.length === 0) return
          await payload.sendEmail({
            ...slaReminderEmail(request, options.slaHours, adminUrlOf(payload, request.id)),
            to,
          })
        },
        payload,
        requestId: request.id,
      })
    }),
  ]
}
