import type { CollectionConfig } from 'payload'

import {
  createCalendarLinkEndpoint,
  revokeCalendarLinkEndpoint,
} from '../../src/calendars/calendarEndpoints'
import { deleteDependentRecords } from '../../hooks/deleteDependentRecords'
import { refuseDeletingBookedSpeaker } from '../../hooks/holds/refuseDeletingBookedSpeaker'
import { availabilityEndpoint } from '../../src/holds/availabilityEndpoint'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { adminGroups } from '../adminGroups'
import { requiredOnPublish } from '../reviews/requiredOnPublish'
import { reviewAdminComponents } from '../reviews/reviewAdminComponents'
import { withReviewedContent } from '../reviews/reviewedContent'
import { speakerFields } from './fields'

/** Speaker profiles, drafted by editors and published after review. */
export const Speakers: CollectionConfig = withReviewedContent({
  slug: collectionNames.speakers,
  slugFrom: 'name',
  slugFromPersonName: true,
})({
  slug: collectionNames.speakers,
  admin: {
    components: reviewAdminComponents,
    defaultColumns: ['name', 'jobTitle', 'organization', 'reviewState', '_status'],
    group: adminGroups.content,
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
  // Days busy (anyone), and the speaker's calendar feed link (staff): src/holds, src/calendars.
  endpoints: [availabilityEndpoint, createCalendarLinkEndpoint, revokeCalendarLinkEndpoint],
  fields: requiredOnPublish(speakerFields),
  hooks: {
    // A speaker in holds or proposals stays; a deleted one's calendar feed links go with it.
    beforeDelete: [
      refuseDeletingBookedSpeaker,
      deleteDependentRecords(collectionNames.calendarLinks, 'speaker'),
    ],
  },
  labels: {
    plural: { en: 'Speakers', zh: '演讲嘉宾' },
    singular: { en: 'Speaker', zh: '演讲嘉宾' },
  },
})
