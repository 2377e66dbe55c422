import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { isContentTeam } from '../../src/access/isContentTeam'
import { nobody } from '../../src/access/nobody'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { adminGroups } from '../adminGroups'
import { deliveryFields } from '../fields/deliveryFields'

/**
 * One row per review event and recipient: the delivery record of a review mail (the same design as
 * booking notifications, src/jobs/deliverOnce.ts), listed on the event as "Mails sent".
 */
export const ReviewDeliveries: CollectionConfig = {
  slug: collectionNames.reviewDeliveries,
  access: { create: nobody, delete: isAdmin, read: isContentTeam, update: nobody },
  admin: {
    defaultColumns: ['event', 'to', 'deliveredAt', 'attempts', 'lastError'],
    group: adminGroups.content,
  },
  // Records of what happened: a copy would be a forgery.
  disableDuplicate: true,
  fields: [
    {
      name: 'event',
      type: 'relationship',
      index: true,
      label: { en: 'Review event', zh: '审核事件' },
      relationTo: collectionNames.reviewEvents,
      required: true,
    },
    { name: 'to', type: 'email', label: { en: 'To', zh: '收件人' }, required: true },
    ...deliveryFields,
  ],
  labels: {
    plural: { en: 'Review mails', zh: '审核邮件' },
    singular: { en: 'Review mail', zh: '审核邮件' },
  },
}
