import type {
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { APIError, ValidationError } from 'payload'

import { localize } from '../../src/i18n/localize'
import { decidePublicChange } from '../../src/reviews/decidePublicChange'
import { decideReviewTransition, ReviewRuleError } from '../../src/reviews/decideReviewTransition'
import { hasContentChanged, hasPublicContentChanged } from '../../src/reviews/hasContentChanged'
import { pendingReviewSlot } from '../../src/reviews/reviewContext'
import { saveIntentSlot } from '../../src/reviews/saveIntent'
import type { ReviewState } from '../../src/reviews/states'
import { idOf } from '../../src/utilities/idOf'
import type { Role } from '../../src/vocabulary/roles'

type Doc = Record<string, unknown>

/** The collection's stored fields (joins and virtual fields are read from elsewhere). */
const storedFieldNames = (collection: SanitizedCollectionConfig): string[] =>
  collection.flattenedFields
    .filter((field) => field.type !== 'join' && !('virtual' in field && field.virtual))
    .map(({ name }) => name)

/** The published (main) document as stored, which is what anonymous readers are served. */
const findPublished = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: unknown,
): Promise<Doc | null> =>
  id === undefined || id === null
    ? null
    : ((await req.payload.db.findOne({
        collection,
        req,
        where: { id: { equals: id } },
      })) as Doc | null)

/**
 * The draft → review → published workflow, enforced on every save of a person (REST by id and bulk,
 * GraphQL, the admin, the Local API with a user; create, update, duplicate, version restore,
 * scheduled publication). It judges what Payload is about to store, not how the request was put:
 * whether the save writes the published document and what the public would see differently is
 * worked out from the operation, the `draft` argument, the `_status` in the data and the stored
 * published document (decidePublicChange), then the rules decide (decideReviewTransition). A
 * forbidden save throws before anything is written: 403 for "not you", 400 naming `reviewState` or
 * `reviewNote` for "not from here" or "say why". Saves without a user (seeding, system jobs) are
 * trusted.
 */
export const enforceReviewWorkflow: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const intent = saveIntentSlot.peek(req, collection.slug)
  const kind = intent?.operation ?? operation
  const incoming = intent && intent.operation !== 'restoreVersion' ? intent.data : data
  const previous = (originalDoc?.reviewState ?? 'draft') as ReviewState
  const user = req.user

  const published = kind === 'create' ? null : await findPublished(req, collection.slug, originalDoc?.id)
  const change = decidePublicChange({
    isDraftArg: intent?.isDraftArg ?? false,
    isPublicContentChanged: published
      ? hasPublicContentChanged({
          after: { ...originalDoc, ...data },
          before: published,
          fieldNames: storedFieldNames(collection),
        })
      : true,
    latestStatus: originalDoc?._status,
    mainStatus: published?._status,
    nextStatus: data._status,
    operation: kind,
  })

  if (!user) {
    return change === 'publish' && !incoming.reviewState ? { ...data, reviewState: 'approved' } : data
  }

  const isContentChanged = !originalDoc || hasContentChanged(incoming, originalDoc)
  // A restored version brings its old review fields along: restoring is an edit, never a request.
  const asked = kind === 'restoreVersion' ? {} : incoming
  const requested = asked.reviewState as ReviewState | undefined
  const note =
    typeof asked.reviewNote === 'string' && asked.reviewNote !== originalDoc?.reviewNote
      ? asked.reviewNote
      : undefined
  try {
    const decision = decideReviewTransition({
      isContentChanged: Boolean(originalDoc) && isContentChanged,
      // originalDoc is the newest version: published means nothing newer waits.
      isLive: originalDoc?._status === 'published',
      isPublishing: change === 'publish' || change === 'update-live',
      isScheduled: req.payloadAPI === 'local' && Object.keys(incoming).join() === '_status',
      isUnpublishing: change === 'unpublish',
      lastEditedBy: idOf(originalDoc?.contentEditedBy)?.toString(),
      note,
      previous,
      requested: requested && requested !== previous ? requested : undefined,
      roles: (user.roles ?? []) as Role[],
      submittedBy: idOf(originalDoc?.reviewSubmittedBy)?.toString(),
      userId: String(user.id),
    })
    const contentEditedBy = isContentChanged ? user.id : (originalDoc?.contentEditedBy ?? null)
    const kept = {
      contentEditedBy,
      reviewNote: kind === 'restoreVersion' ? (originalDoc?.reviewNote ?? null) : data.reviewNote,
      reviewSubmittedBy: originalDoc?.reviewSubmittedBy ?? null,
    }
    if (decision.events.length === 0) return { ...data, ...kept, reviewState: previous }
    pendingReviewSlot.put(req, collection.slug, { ...decision, actorId: user.id, note })
    const isSubmitted = decision.events.some(({ to }) => to === 'in_review')
    return {
      ...data,
      ...kept,
      reviewNote: note ?? null,
      reviewState: decision.next,
      reviewSubmittedBy: isSubmitted ? user.id : kept.reviewSubmittedBy,
    }
  } catch (err) {
    if (!(err instanceof ReviewRuleError)) throw err
    const message = localize(req, err.bilingual)
    if (err.field) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ message, path: err.field }],
      })
    }
    throw new APIError(message, err.status, undefined, true)
  }
}
