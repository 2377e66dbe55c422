import type { CollectionConfig } from 'payload'

import type { SluggedCollection } from '../slugs'
import { enforceReviewWorkflow } from '../../hooks/enforceReviewWorkflow'
import { generateSlug } from '../../hooks/generateSlug'
import { ignoreDraftsForPublic } from '../../hooks/ignoreDraftsForPublic'
import { recordReviewEvents } from '../../hooks/recordReviewEvents'
import { releaseSlugsOfDeleted } from '../../hooks/releaseSlugsOfDeleted'
import { releaseSupersededSlugs } from '../../hooks/releaseSupersededSlugs'
import { rememberSaveIntent } from '../../hooks/rememberSaveIntent'
import { setPublishedAtOnFirstPublish } from '../../hooks/setPublishedAtOnFirstPublish'
import { rememberUsedMediaBeforeChange } from '../../hooks/sharedContent/rememberUsedMediaBeforeChange'
import { rememberUsedMediaBeforeDelete } from '../../hooks/sharedContent/rememberUsedMediaBeforeDelete'
import { syncPublicMediaAfterChange } from '../../hooks/sharedContent/syncPublicMediaAfterChange'
import { syncPublicMediaAfterDelete } from '../../hooks/sharedContent/syncPublicMediaAfterDelete'
import { isAdmin } from '../../src/access/isAdmin'
import { isContentTeam } from '../../src/access/isContentTeam'
import { publishedOrContentTeam } from '../../src/access/publishedOrContentTeam'
import { findBySlug } from '../../src/endpoints/findBySlug'

type Args = {
  /** The field the slug is made from. */
  slugFrom: string
  slug: SluggedCollection
}

/**
 * What speakers and interviews share as reviewed, public content: who reads and writes them, the
 * slug and review-workflow hooks, the by-slug endpoint, and drafts with scheduled publication.
 */
export const reviewedContent = ({
  slug,
  slugFrom,
}: Args): Pick<CollectionConfig, 'access' | 'endpoints' | 'hooks' | 'versions'> => ({
  access: {
    create: isContentTeam,
    delete: isAdmin,
    read: publishedOrContentTeam,
    readVersions: isContentTeam,
    update: isContentTeam,
  },
  endpoints: [findBySlug(slug)],
  hooks: {
    afterChange: [releaseSupersededSlugs, recordReviewEvents, syncPublicMediaAfterChange],
    afterDelete: [releaseSlugsOfDeleted, syncPublicMediaAfterDelete],
    beforeChange: [
      enforceReviewWorkflow,
      setPublishedAtOnFirstPublish,
      rememberUsedMediaBeforeChange,
    ],
    beforeDelete: [rememberUsedMediaBeforeDelete],
    beforeOperation: [ignoreDraftsForPublic, rememberSaveIntent],
    beforeValidate: [generateSlug({ from: slugFrom })],
  },
  versions: { drafts: { schedulePublish: true, validate: true }, maxPerDoc: 50 },
})
