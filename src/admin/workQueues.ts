import type { Payload, TypedUser, Where } from 'payload'

import { hasRole } from '../access/hasRole'
import { closedBookingStatuses } from '../bookings/statusTransitions'
import type { Bilingual } from '../i18n/localize'
import { collectionNames } from '../vocabulary/collectionNames'

export type QueueItem = {
  href: string
  label: string
  /** The reviewer's note, on documents sent back. */
  note?: string
}
export type QueueId =
  | 'assignedToYou'
  | 'myDrafts'
  | 'myWaitingForReview'
  | 'newBookings'
  | 'overdueBookings'
  | 'readyToPublish'
  | 'sentBack'
  | 'toReview'
export type WorkQueue = {
  count: number
  href: string
  id: QueueId
  items: QueueItem[]
  title: Bilingual
}

type Args = { adminRoute: string; payload: Payload; slaHours: number; user: TypedUser }

const reviewed = [collectionNames.interviews, collectionNames.speakers] as const

const NOTE_CHARS = 280
const shorten = (text: string): string =>
  text.length > NOTE_CHARS ? `${text.slice(0, NOTE_CHARS - 1)}…` : text

/** The field is unset or holds someone else (SQL's `<>` alone would drop the unset rows). */
const notBy = (field: string, id: number | string): Where => ({
  or: [{ [field]: { not_equals: id } }, { [field]: { exists: false } }],
})

/**
 * What waits for this person. Editors: their drafts, what they sent to review, what came back to
 * them (with the reviewer's note). Reviewers: what others sent to review (the four-eyes rule keeps
 * their own work from them; admins see all) and what is approved but not yet published. Staff:
 * bookings. Every query runs as the person, so a queue shows only what they may read.
 */
export const workQueuesFor = async ({
  adminRoute,
  payload,
  slaHours,
  user,
}: Args): Promise<WorkQueue[]> => {
  const queues: WorkQueue[] = []
  const asUser = { depth: 0, limit: 5, overrideAccess: false, user } as const
  const listOf = (query: string) =>
    `${adminRoute}/collections/${collectionNames.interviews}?${query}`

  const contentQueue = async (
    id: QueueId,
    title: Bilingual,
    conditions: Where[],
    query: string,
  ): Promise<WorkQueue> => {
    const where: Where = { and: conditions }
    const found = await Promise.all(
      reviewed.map((collection) =>
        payload.find({ ...asUser, collection, draft: true, sort: '-updatedAt', where }),
      ),
    )
    const items = found.flatMap((result, i) =>
      result.docs.map((doc) => ({
        href: `${adminRoute}/collections/${reviewed[i]}/${doc.id}`,
        label: 'title' in doc ? doc.title : doc.name,
        ...(id === 'sentBack' && doc.reviewNote ? { note: shorten(doc.reviewNote) } : {}),
      })),
    )
    return {
      count: found.reduce((sum, result) => sum + result.totalDocs, 0),
      href: listOf(query),
      id,
      items: items.slice(0, 5),
      title,
    }
  }

  const bookingQueue = async (
    id: QueueId,
    title: Bilingual,
    where: Where,
    query: string,
  ): Promise<WorkQueue> => {
    const found = await payload.find({
      ...asUser,
      collection: collectionNames.bookingRequests,
      sort: '-createdAt',
      where,
    })
    return {
      count: found.totalDocs,
      href: `${adminRoute}/collections/${collectionNames.bookingRequests}?${query}`,
      id,
      items: found.docs.map((doc) => ({
        href: `${adminRoute}/collections/${collectionNames.bookingRequests}/${doc.id}`,
        label: doc.eventName,
      })),
      title,
    }
  }

  const inState = (state: string): Where => ({ reviewState: { equals: state } })

  if (hasRole(user, 'editor')) {
    queues.push(
      await contentQueue(
        'myDrafts',
        { en: 'My drafts', zh: '我的草稿' },
        [inState('draft'), { contentEditedBy: { equals: user.id } }],
        `where[reviewState][equals]=draft&where[contentEditedBy][equals]=${user.id}`,
      ),
      await contentQueue(
        'myWaitingForReview',
        { en: 'Waiting for review', zh: '等待审核' },
        [inState('in_review'), { reviewSubmittedBy: { equals: user.id } }],
        `where[reviewState][equals]=in_review&where[reviewSubmittedBy][equals]=${user.id}`,
      ),
      await contentQueue(
        'sentBack',
        { en: 'Sent back to you', zh: '退回给您修改' },
        [inState('changes_requested'), { reviewSubmittedBy: { equals: user.id } }],
        `where[reviewState][equals]=changes_requested&where[reviewSubmittedBy][equals]=${user.id}`,
      ),
    )
  }
  if (hasRole(user, 'reviewer', 'admin')) {
    // Reviewers may not approve what they submitted or last edited (decideReviewTransition).
    const othersWork = hasRole(user, 'admin')
      ? []
      : [notBy('reviewSubmittedBy', user.id), notBy('contentEditedBy', user.id)]
    queues.push(
      await contentQueue(
        'toReview',
        { en: 'Waiting for your review', zh: '等待您审核' },
        [inState('in_review'), ...othersWork],
        'where[reviewState][equals]=in_review',
      ),
      await contentQueue(
        'readyToPublish',
        { en: 'Approved, not yet published', zh: '已批准，尚未发布' },
        [inState('approved'), { _status: { equals: 'draft' } }],
        'where[reviewState][equals]=approved&where[_status][equals]=draft',
      ),
    )
  }
  if (hasRole(user, 'staff', 'admin')) {
    const slaCutoff = new Date(Date.now() - slaHours * 3600_000).toISOString()
    queues.push(
      await bookingQueue(
        'newBookings',
        { en: 'New booking requests', zh: '新的预约请求' },
        { status: { equals: 'new' } },
        'where[status][equals]=new',
      ),
      await bookingQueue(
        'assignedToYou',
        { en: 'Assigned to you', zh: '分配给您的' },
        { and: [{ assignee: { equals: user.id } }, { status: { not_in: closedBookingStatuses } }] },
        `where[assignee][equals]=${user.id}`,
      ),
      await bookingQueue(
        'overdueBookings',
        { en: `New for more than ${slaHours} h`, zh: `超过 ${slaHours} 小时未处理` },
        { and: [{ status: { equals: 'new' } }, { createdAt: { less_than: slaCutoff } }] },
        `where[status][equals]=new&where[createdAt][less_than]=${slaCutoff}`,
      ),
    )
  }
  return queues
}
