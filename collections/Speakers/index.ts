import type { CollectionConfig } from 'payload'

import { previewFor } from '../fields/previewFor'
import { reviewAdminComponents } from '../fields/reviewAdminComponents'
import { requiredOnPublish } from '../fields/requiredOnPublish'
import { reviewedContent } from '../fields/reviewedContent'
import { collectionSlugs } from '../slugs'
import { speakerFields } from './fields'

/** Speaker profiles, drafted by editors and published after review. */
export const Speakers: CollectionConfig = {
  slug: collectionSlugs.speakers,
  ...reviewedContent({ slug: collectionSlugs.speakers, slugFrom: 'name' }),
  admin: {
    components: reviewAdminComponents,
    defaultColumns: ['name', 'jobTitle', 'organization', 'reviewState', '_status'],
    group: 'Content',
    preview: previewFor(collectionSlugs.speakers),
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
  fields: requiredOnPublish(speakerFields),
}
