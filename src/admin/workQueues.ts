import type { Payload, TypedUser, Where } from 'payload'

import { collectionSlugs } from '../../collections/slugs'
import { hasRole } from '../access/hasRole'

export type QueueItem = { href: string; label: string }
export type WorkQueue = { count: number; href: string; items: QueueItem[]; title: string }

type Args = { adminRoute: string; payload: Payload; slaHours: number; user: TypedUser }

const reviewed = [collectionSlugs.interviews, collectionSlugs.speakers] as const
const CLOSED = ['confirmed', 'declined', 'archived']

/** What waits for this person: reviews for reviewers, returned work for editors, bookings for staff. */
export const workQueuesFor = async ({
  adminRoute,
  payload,
  slaHours,
  user,
}: Args): Promise<WorkQueue[]> => {
  const queues: WorkQueue[] = []
  const asUser = { depth: 0, limit: 5, overrideAccess: false, user } as const

  const contentQueue = async (title: string, state: string, mine?: Where): Promise<WorkQueue> => {
    const where: Where = mine
      ? { and: [{ reviewState: { equals: state } }, mine] }
      : { reviewState: { equals: state } }
    const found = await Promise.all(
      reviewed.map((collection) => payload.find({ ...asUser, collection, draft: true, where })),
    )
    const items = found.flatMap((result, i) =>
      result.docs.map((doc) => ({
        href: `${adminRoute}/collections/${reviewed[i]}/${doc.id}`,
        label: 'title' in doc ? doc.title : doc.name,
      })),
    )
    return {
      count: found.reduce((sum, result) => sum + result.totalDocs, 0),
      href: `${adminRoute}/collections/${collectionSlugs.interviews}?where[reviewState][equals]=${state}`,
      items: items.slice(0, 5),
      title,
    }
  }

  const bookingQueue = async (title: string, where: Where, query: string): Promise<WorkQueue> => {
    const found = await payload.find({
      ...asUser,
      collection: collectionSlugs.bookingRequests,
      sort: '-createdAt',
      where,
    })
    return {
      count: found.totalDocs,
      href: `${adminRoute}/collections/${collectionSlugs.bookingRequests}?${query}`,
      items: found.docs.map((doc) => ({
        href: `${adminRoute}/collections/${collectionSlugs.bookingRequests}/${doc.id}`,
        label: doc.eventName,
      })),
      title,
    }
  }

  if (hasRole(user, 'reviewer', 'admin')) {
    queues.push(await contentQueue('Waiting for review', 'in_review'))
  }
  if (hasRole(user, 'editor')) {
    queues.push(
      await contentQueue('Sent back to you with notes', 'changes_requested', {
        reviewSubmittedBy: { equals: user.id },
      }),
    )
  }
  if (hasRole(user, 'staff', 'admin')) {
    const slaCutoff = new Date(Date.now() - slaHours * 3600_000).toISOString()
    queues.push(
      await bookingQueue(
        'New booking requests',
        { status: { equals: 'new' } },
        'where[status][equals]=new',
      ),
    )
    queues.push(
      await bookingQueue(
        'Assigned to you',
        { and: [{ assignee: { equals: user.id } }, { status: { not_in: CLOSED } }] },
        `where[assignee][equals]=${user.id}`,
      ),
    )
    queues.push(
      await bookingQueue(
        `New for more than ${slaHours} h`,
        { and: [{ status: { equals: 'new' } }, { createdAt: { less_than: slaCutoff } }] },
        `where[status][equals]=new&where[createdAt][less_than]=${slaCutoff}`,
      ),
    )
  }
  return queues
}
