import type { Payload, TaskConfig } from 'payload'

import { collectionSlugs } from '../../collections/slugs'
import {
  requesterAcknowledgement,
  slackBookingMessage,
  slaReminderEmail,
  staffBookingEmail,
} from '../email/bookingEmails'
import type { BookingRequest } from '../payload-types'
import { postJson } from '../utilities/postJson'
import { deliverOnce } from './deliverOnce'

export type BookingNotifyOptions = {
  attempts: number
  notifyEmails: string[]
  retryDelayMs: number
  slaHours: number
  webhookTimeoutMs: number
  webhookUrl?: string
}

export const BOOKING_TASKS = {
  acknowledge: 'acknowledgeBookingRequest',
  notifyStaff: 'notifyStaffOfBookingRequest',
  slaReminder: 'remindStaffOfBookingSla',
  webhook: 'postBookingWebhook',
} as const

const inputSchema: TaskConfig['inputSchema'] = [{ name: 'requestId', type: 'text', required: true }]

const loadRequest = (payload: Payload, requestId: string) =>
  payload.findByID({
    collection: collectionSlugs.bookingRequests,
    depth: 0,
    id: requestId,
  }) as Promise<BookingRequest>

const adminUrlOf = (payload: Payload, id: number | string) =>
  `${payload.config.serverURL || 'http://localhost:3000'}/admin/collections/${collectionSlugs.bookingRequests}/${id}`

/** Every staff member (and admin-configured extra addresses), without duplicates. */
const staffAddresses = async (payload: Payload, extra: string[]): Promise<string[]> => {
  const { docs } = await payload.find({
    collection: collectionSlugs.users,
    depth: 0,
    limit: 0,
    where: { roles: { contains: 'staff' } },
  })
  return [...new Set([...docs.map(({ email }) => email), ...extra])]
}

/** The four notification tasks of a booking request, each retried with exponential backoff. */
export const bookingTasks = (options: BookingNotifyOptions): TaskConfig[] => {
  const retries = {
    attempts: options.attempts,
    backoff: { delay: options.retryDelayMs, type: 'exponential' as const },
  }
  const task = (
    slug: (typeof BOOKING_TASKS)[keyof typeof BOOKING_TASKS],
    run: (payload: Payload, request: BookingRequest) => Promise<unknown>,
  ): TaskConfig => ({
    slug,
    handler: async ({ input, req }) => {
      const request = await loadRequest(req.payload, (input as { requestId: string }).requestId)
      return { output: { result: await run(req.payload, request) } }
    },
    inputSchema,
    retries,
  })

  return [
    task(BOOKING_TASKS.notifyStaff, async (payload, request) =>
      deliverOnce({
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
    task(BOOKING_TASKS.acknowledge, async (payload, request) =>
      deliverOnce({
        channel: 'requester_ack',
        deliver: async () => {
          await payload.sendEmail({ ...requesterAcknowledgement(request), to: request.email })
        },
        payload,
        requestId: request.id,
      }),
    ),
    task(BOOKING_TASKS.webhook, async (payload, request) => {
      const url = options.webhookUrl
      if (!url) return 'not configured'
      return deliverOnce({
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
      return deliverOnce({
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
