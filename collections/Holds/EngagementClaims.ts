import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { adminGroups } from '../adminGroups'
import { uniqueKeyField } from '../fields/uniqueKeyField'

/**
 * What a confirmed hold occupies, one row per key: each of its speaker's days
 * (`day:<speaker>:<YYYY-MM-DD>`) and its booking request (`request:<id>`). Confirming is inserting
 * them, which the unique index accepts once: two confirmations at the same moment (two staff, a bulk
 * update, two app instances) cannot book one speaker twice on a day, or one request twice.
 */
export const EngagementClaims: CollectionConfig = {
  slug: collectionNames.engagementClaims,
  access: { create: nobody, delete: isAdmin, read: isAdmin, update: nobody },
  admin: {
    group: adminGroups.system,
    hidden: ({ user }) => !user?.roles?.includes('admin'),
    useAsTitle: 'key',
  },
  disableDuplicate: true,
  fields: [
    uniqueKeyField,
    {
      name: 'hold',
      type: 'relationship',
      index: true,
      label: { en: 'Date hold', zh: '档期' },
      relationTo: collectionNames.holds,
      required: true,
    },
  ],
  graphQL: false,
  labels: {
    plural: { en: 'Engagement claims', zh: '档期占用登记' },
    singular: { en: 'Engagement claim', zh: '档期占用登记' },
  },
}
