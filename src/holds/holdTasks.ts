import type { Payload, TaskConfig } from 'payload'

import type { BookingRequest, Hold } from '../payload-types'

import { deliverBookingOnce } from '../bookings/deliverBookingOnce'
import { adminDocumentUrl } from '../email/adminDocumentUrl'
import { staffRecipients } from '../email/staffRecipients'
import { idOf } from '../utilities/idOf'
import { collectionNames } from '../vocabulary/collectionNames'
import { HOLD_TASKS } from '../vocabulary/taskNames'
import { holdChallengedEmail, holdReleasedEmail } from './holdEmails'
import { activeHoldsOverlapping, rangeOf } from './holdRange'
import { rerankHolds } from './rerankHolds'

type Options = { attempts: number; leaseMs: number; notifyEmails: string[]; retryDelayMs: number }

type NotifyInput = { change: 'challenged' | 'released'; holdId: string }

const findHold = (payload: Payload, id: number | string) =>
  payload.findByID({
    collection: collectionNames.holds,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
  }) as Promise<Hold | null>

/** Each task's retries: `attempts`, the delay doubling from `retryDelayMs`. */
const retriesOf = ({ attempts, retryDelayMs }: Options) => ({
  attempts,
  backoff: { delay: retryDelayMs, type: 'exponential' as const },
})

/** The hold ranked first on any of `hold`'s days (other than `hold`), if there is one. */
const firstHoldBefore = async (payload: Payload, hold: Hold): Promise<Hold | undefined> =>
  (
    await payload.find({
      collection: collectionNames.holds,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      // The oldest hold on any of its days: ahead of it there (ranks of other days do not compare).
      sort: ['createdAt', 'id'],
      where: {
        and: [
          activeHoldsOverlapping(idOf(hold.speaker) as number | string, rangeOf(hold)),
          { id: { not_equals: hold.id } },
        ],
      },
    })
  ).docs[0] as Hold | undefined

/**
 * Expiry: a held hold whose `expiresAt` has come is set `expired` with one conditional update, so
 * however many runners (app instances) pick the job, it expires once and the holds behind it move
 * up once. A hold confirmed, released or given a later expiry meanwhile is left as it is.
 * Notification: word to the staff of the first hold (`challenged`) or of a released one.
 */
export const holdTasks = (options: Options): TaskConfig[] => [
  {
    slug: HOLD_TASKS.expire,
    handler: async ({ input, req }) => {
      const { holdId } = input as { holdId: string }
      const now = new Date().toISOString()
      const expired = (await req.payload.db.updateOne({
        collection: collectionNames.holds,
        data: { decidedAt: now, status: 'expired', updatedAt: now },
        req,
        where: {
          and: [
            { id: { equals: holdId } },
            { status: { equals: 'held' } },
            { expiresAt: { less_than_equal: now } },
          ],
        },
      })) as unknown as Hold | null
      if (!expired) return { output: { result: 'not due' } }
      await rerankHolds(req, idOf(expired.speaker) as number | string, rangeOf(expired))
      return { output: { result: 'expired' } }
    },
    inputSchema: [{ name: 'holdId', type: 'text', required: true }],
    retries: retriesOf(options),
  },
  {
    slug: HOLD_TASKS.notify,
    handler: async ({ input, req }) => {
      const { change, holdId } = input as NotifyInput
      const { payload } = req
      const hold = await findHold(payload, holdId)
      if (!hold) return { output: { result: 'gone' } }
      // Challenged: the staff of the first hold hear of this one; released: this one's own.
      const recipientHold = change === 'challenged' ? await firstHoldBefore(payload, hold) : hold
      if (!recipientHold) return { output: { result: 'no hold before it' } }
      const recipientRequest = (await payload.findByID({
        collection: collectionNames.bookingRequests,
        depth: 0,
        id: idOf(recipientHold.bookingRequest) as number | string,
        overrideAccess: true,
      })) as BookingRequest
      const request =
        recipientHold === hold
          ? recipientRequest
          : ((await payload.findByID({
              collection: collectionNames.bookingRequests,
              depth: 0,
              id: idOf(hold.bookingRequest) as number | string,
              overrideAccess: true,
            })) as BookingRequest)
      const speaker = await payload.findByID({
        collection: collectionNames.speakers,
        depth: 0,
        id: idOf(hold.speaker) as number | string,
        select: { name: true },
      })
      const result = await deliverBookingOnce({
        about: hold.id,
        channel: change === 'challenged' ? 'hold_challenged' : 'hold_released',
        deliver: async () => {
          const to = await staffRecipients(
            payload,
            [idOf(recipientHold.createdBy), idOf(recipientRequest.assignee)],
            options.notifyEmails,
          )
          if (to.length === 0) return
          const args = {
            adminUrl: adminDocumentUrl(payload.config, collectionNames.holds, recipientHold.id),
            hold,
            request,
            speakerName: speaker.name,
          }
          await payload.sendEmail({
            ...(change === 'challenged' ? holdChallengedEmail(args) : holdReleasedEmail(args)),
            to,
          })
        },
        leaseMs: options.leaseMs,
        payload,
        requestId: recipientRequest.id,
      })
      return { output: { result } }
    },
    inputSchema: [
      { name: 'holdId', type: 'text', required: true },
      { name: 'change', type: 'text', required: true },
    ],
    retries: retriesOf(options),
  },
]
