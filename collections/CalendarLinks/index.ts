import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { calendarFeedEndpoint } from '../../src/calendars/calendarEndpoints'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { adminGroups } from '../adminGroups'

/**
 * The speakers whose calendar has a secret feed URL (made and revoked at
 * `/api/speakers/:id/calendar-link`); the URL's token is kept as its hash only.
 */
export const CalendarLinks: CollectionConfig = {
  slug: collectionNames.calendarLinks,
  access: { create: nobody, delete: isAdmin, read: isStaff, update: nobody },
  admin: { defaultColumns: ['speaker', 'createdBy', 'createdAt'], group: adminGroups.bookings },
  disableDuplicate: true,
  endpoints: [calendarFeedEndpoint],
  fields: [
    {
      name: 'speaker',
      type: 'relationship',
      label: { en: 'Speaker', zh: '演讲嘉宾' },
      relationTo: collectionNames.speakers,
      required: true,
      unique: true,
    },
    {
      name: 'createdBy',
      type: 'relationship',
      label: { en: 'Made by', zh: '创建人' },
      relationTo: collectionNames.users,
    },
    {
      name: 'tokenHash',
      type: 'text',
      access: { create: nobody, read: nobody, update: nobody },
      admin: { hidden: true },
      index: true,
      label: { en: 'Link token hash', zh: '链接令牌哈希' },
      required: true,
    },
  ],
  graphQL: false,
  labels: {
    plural: { en: 'Calendar links', zh: '日历链接' },
    singular: { en: 'Calendar link', zh: '日历链接' },
  },
}
