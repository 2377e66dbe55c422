import type { CollectionConfig } from 'payload'

import { refuseMistypedValues, refuseNullGroups } from '../../hooks/refuseMistypedValues'
import { enforceReviewWorkflow } from '../../hooks/reviews/enforceReviewWorkflow'
import { ignoreDraftsForPublic } from '../../hooks/reviews/ignoreDraftsForPublic'
import { recordReviewEvents } from '../../hooks/reviews/recordReviewEvents'
import { releaseMoverLock } from '../../hooks/reviews/releaseMoverLock'
import { rememberSaveIntent } from '../../hooks/reviews/rememberSaveIntent'
import { setPublishedAtOnFirstPublish } from '../../hooks/reviews/setPublishedAtOnFirstPublish'
import { rememberUsedMediaBeforeChange } from '../../hooks/sharedContent/rememberUsedMediaBeforeChange'
import { rememberUsedMediaBeforeDelete } from '../../hooks/sharedContent/rememberUsedMediaBeforeDelete'
import { syncPublicMediaAfterChange } from '../../hooks/sharedContent/syncPublicMediaAfterChange'
import { syncPublicMediaAfterDelete } from '../../hooks/sharedContent/syncPublicMediaAfterDelete'
import { generateSlug } from '../../hooks/slugs/generateSlug'
import { releaseSlugsOfDeleted } from '../../hooks/slugs/releaseSlugsOfDeleted'
import { releaseSupersededSlugs } from '../../hooks/slugs/releaseSupersededSlugs'
import { isAdmin } from '../../src/access/isAdmin'
import { isContentTeam } from '../../src/access/isContentTeam'
import { publishedOrContentTeam } from '../../src/access/publishedOrContentTeam'
import { findBySlug } from '../../src/slugs/findBySlug'
import { mergeHooks } from '../../src/utilities/mergeHooks'
import type { SluggedCollection } from '../../src/vocabulary/collectionNames'

/** How long an edit lock outlives its holder's last change (Payload's default is 300 s). */
export const LOCK_SECONDS = 90

type Args = {
  /** The field the slug is made from. */
  slugFrom: string
  /** That field is a person's name (Chinese and Korean names: family name + given name). */
  slugFromPersonName?: boolean
  slug: SluggedCollection
}

/**
 * What speakers and interviews share as reviewed, public content: who reads and writes them, the
 * slug and review-workflow hooks, the by-slug endpoint, and drafts with scheduled publication.
 * Merged into the collection: its own hooks run after the workflow's and its endpoints come after
 * by-slug (a spread `...reviewedContent()` lost the workflow to any later `hooks:` key).
 */
export const withReviewedContent =
  ({ slug, slugFrom, slugFromPersonName = false }: Args) =>
  (collection: CollectionConfig): CollectionConfig => ({
    ...collection,
    access: {
      create: isContentTeam,
      delete: isAdmin,
      read: publishedOrContentTeam,
      readVersions: isContentTeam,
      update: isContentTeam,
      ...collection.access,
    },
    endpoints: [findBySlug(slug), ...(collection.endpoints || [])],
    hooks: mergeHooks(
      {
        afterChange: [
          releaseSupersededSlugs,
          releaseMoverLock,
          recordReviewEvents,
          syncPublicMediaAfterChange,
        ],
        afterDelete: [releaseSlugsOfDeleted, syncPublicMediaAfterDelete],
        beforeChange: [
          enforceReviewWorkflow,
          setPublishedAtOnFirstPublish,
          rememberUsedMediaBeforeChange,
        ],
        beforeDelete: [rememberUsedMediaBeforeDelete],
        beforeOperation: [refuseNullGroups, ignoreDraftsForPublic, rememberSaveIntent],
        beforeValidate: [
          refuseMistypedValues,
          generateSlug({ from: slugFrom, person: slugFromPersonName }),
        ],
      },
      collection.hooks,
    ),
    // An edit lock lives this long after the holder's last change (Payload refreshes it at most every
    // 10 s while they type, and never while a tab sits idle), so a closed tab's lock soon lapses.
    lockDocuments: collection.lockDocuments ?? { duration: LOCK_SECONDS },
    versions: collection.versions ?? {
      drafts: { schedulePublish: true, validate: true },
      maxPerDoc: 50,
    },
  })
