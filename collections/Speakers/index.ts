import type { CollectionConfig } from 'payload'

import { generateSlug } from '../../hooks/generateSlug'
import { ignoreDraftsForPublic } from '../../hooks/ignoreDraftsForPublic'
import { releaseSlugsOfDeleted } from '../../hooks/releaseSlugsOfDeleted'
import { releaseSupersededSlugs } from '../../hooks/releaseSupersededSlugs'
import { setPublishedAtOnFirstPublish } from '../../hooks/setPublishedAtOnFirstPublish'
import { isAdmin } from '../../src/access/isAdmin'
import { isContentTeam } from '../../src/access/isContentTeam'
import { publishedOrContentTeam } from '../../src/access/publishedOrContentTeam'
import { findBySlug } from '../../src/endpoints/findBySlug'
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
    defaultColumns: ['name', 'jobTitle', 'organization', 'featured', '_status'],
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
    afterChange: [releaseSupersededSlugs],
    afterDelete: [releaseSlugsOfDeleted],
    beforeChange: [setPublishedAtOnFirstPublish],
    beforeOperation: [ignoreDraftsForPublic],
    beforeValidate: [generateSlug({ from: 'name' })],
  },
  versions: { drafts: true, maxPerDoc: 50 },
}
