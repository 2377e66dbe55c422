import type { Payload, PayloadRequest } from 'payload'

import { usersWithRole } from '../email/usersWithRole'
import { isDeactivatedUser } from '../users/activeUsers'
import type { ReviewEventKind } from './states'

const TO_AUTHOR: ReviewEventKind[] = [
  'approved',
  'changes_requested',
  'published',
  'published_directly',
]

type Args = {
  actorId?: number | string
  authorId?: number | string | null
  kind: ReviewEventKind
  payload: Payload
  req: PayloadRequest
}

/**
 * Who hears of a review event: every reviewer when a document enters review; the author (who
 * submitted the version) when it is approved, sent back or published. Never the person who acted,
 * nor a deactivated or deleted account.
 */
export const recipientsFor = async ({
  actorId,
  authorId,
  kind,
  payload,
  req,
}: Args): Promise<string[]> => {
  if (kind === 'submitted') {
    const reviewers = await usersWithRole(payload, 'reviewer', req)
    return reviewers.filter(({ id }) => String(id) !== String(actorId)).map(({ email }) => email)
  }
  if (!TO_AUTHOR.includes(kind) || authorId === null || authorId === undefined) return []
  if (String(authorId) === String(actorId)) return []
  const author = await payload
    .findByID({ collection: payload.config.admin.user as 'users', depth: 0, id: authorId, req })
    .catch(() => null)
  return author && !isDeactivatedUser(author) ? [author.email] : []
}
