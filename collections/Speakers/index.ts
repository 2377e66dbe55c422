import type { CollectionConfig } from 'payload'

import { enforceReviewWorkflow } from '../../hooks/enforceReviewWorkflow'
import { generateSlug } from '../../hooks/generateSlug'
import { ignoreDraftsForPublic } from '../../hooks/ignoreDraftsForPublic'
import { recordReviewEvents } from '../../hooks/recordReviewEvents'
import { releaseSlugsOfDeleted } from '../../hooks/releaseSlugsOfDeleted'
import { releaseSupersededSlugs } from '../../hooks/releaseSupersededSlugs'
import { rememberSaveIntent } from '../../hooks/rememberSaveIntent'
import { setPublishedAtOnFirstPublish } from '../../hooks/setPublishedAtOnFirstPublish'
import { isAdmin } from '../../src/access/isAdmin'
import { isContentTeam } from '../../src/access/isContentTeam'
import { publishedOrContentTeam } from '../../src/access/publishedOrContentTeam'
import { findBySlug } from '../../src/endpoints/findBySlug'
import { reviewAdminComponents } from '../fields/reviewAdminComponents'
import { collectionSlugs } from '../slugs'
import { speakerFields } from './fields'

/** Speaker profiles, drafted by editors and published after review. */
export const Speakers: CollectionConfig = {
  slug: collectionSlugs.speakers,
  access: {
    create: isContentTeam,
    delete: isAdmin,
    read: publishedOrContentTeam,
    readVersions: isContentTeam,
    update: isContentTeam,
  },
  admin: {
    components: reviewAdminComponents,
    defaultColumns: ['name', 'jobTitle', 'organization', 'reviewState', '_status'],
    group: 'Content',
    useAsTitle: 'name',
  },
  /** What a speaker card needs when another document populates a speaker. */
  defaultPopulate: {
    jobTitle: true,
    name: true,
    organization: true,
    photo: true,
    shortBio: true,
    slug: true,
  },
  endpoints: [findBySlug(collectionSlugs.speakers)],
  fields: speakerFields,
  hooks: {
    afterChange: [releaseSupersededSlugs, recordReviewEvents],
    afterDelete: [releaseSlugsOfDeleted],
    beforeChange: [enforceReviewWorkflow, setPublishedAtOnFirstPublish],
    beforeOperation: [ignoreDraftsForPublic, rememberSaveIntent],
    beforeValidate: [generateSlug({ from: 'name' })],
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
}
