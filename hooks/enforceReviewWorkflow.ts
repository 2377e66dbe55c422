import type { CollectionBeforeChangeHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { Role } from '../collections/slugs'
import { decideReviewTransition, ReviewRuleError } from '../src/workflow/decideReviewTransition'
import { hasContentChanged } from '../src/workflow/hasContentChanged'
import { pendingReviewSlot } from '../src/workflow/reviewContext'
import { saveIntentSlot } from '../src/workflow/saveIntent'
import type { ReviewState } from '../src/workflow/states'
import { idOf } from '../src/utilities/idOf'

/**
 * The draft → review → published workflow, enforced on every save of a person (REST, GraphQL, admin,
 * Local API with a user). A forbidden move throws before anything is written: 403 for "not you",
 * 400 naming `reviewState` or `reviewNote` for "not from here" or "say why". Saves without a user
 * (seeding, system jobs) are trusted.
 */
export const enforceReviewWorkflow: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const intent = saveIntentSlot.peek(req, collection.slug)
  const incoming = intent?.data ?? data
  const isDraftSave = intent?.isDraftSave ?? false
  const previous = (originalDoc?.reviewState ?? 'draft') as ReviewState
  const user = req.user

  const isExplicitPublish = !isDraftSave && incoming._status === 'published'
  if (!user) {
    return isExplicitPublish && !incoming.reviewState ? { ...data, reviewState: 'approved' } : data
  }

  const isContentChanged = hasContentChanged(incoming, originalDoc)
  const isLive = originalDoc?._status === 'published'
  const requested = incoming.reviewState as ReviewState | undefined
  const note =
    typeof incoming.reviewNote === 'string' && incoming.reviewNote !== originalDoc?.reviewNote
      ? incoming.reviewNote
      : undefined
  try {
    const decision = decideReviewTransition({
      isContentChanged: Boolean(originalDoc) && isContentChanged,
      isPublishing:
        isExplicitPublish ||
        (!isDraftSave && isLive && incoming._status !== 'draft' && isContentChanged),
      isScheduled: req.payloadAPI === 'local' && Object.keys(incoming).join() === '_status',
      isUnpublishing: !isDraftSave && isLive && incoming._status === 'draft',
      note,
      previous,
      requested: requested && requested !== previous ? requested : undefined,
      roles: (user.roles ?? []) as Role[],
      submittedBy: idOf(originalDoc?.reviewSubmittedBy)?.toString(),
      userId: String(user.id),
    })
    if (decision.events.length === 0) return { ...data, reviewState: previous }
    pendingReviewSlot.put(req, collection.slug, { ...decision, actorId: user.id, note })
    const isSubmitted = decision.events.some(({ to }) => to === 'in_review')
    return {
      ...data,
      reviewNote: note ?? null,
      reviewState: decision.next,
      reviewSubmittedBy: isSubmitted ? user.id : (originalDoc?.reviewSubmittedBy ?? null),
    }
  } catch (err) {
    if (!(err instanceof ReviewRuleError)) throw err
    if (err.field) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ message: err.message, path: err.field }],
      })
    }
    throw new APIError(err.message, err.status, undefined, true)
  }
}
