import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isContentTeam } from '../src/access/isContentTeam'
import { reviewEventKinds, reviewStateOptions } from '../src/workflow/states'
import { collectionSlugs } from './slugs'
import { nobody } from '../src/access/nobody'

const stateOrPublished = [...reviewStateOptions, { label: 'Published', value: 'published' }]

/** Who moved which document from which review state to which, when, with what note. Read-only. */
export const ReviewEvents: CollectionConfig = {
  slug: collectionSlugs.reviewEvents,
  access: {
    create: nobody,
    delete: isAdmin,
    read: isContentTeam,
    update: nobody,
  },
  admin: {
    defaultColumns: ['title', 'kind', 'from', 'to', 'by', 'createdAt'],
    group: 'Content',
    useAsTitle: 'title',
  },
  // Records of what happened: a copy would be a forgery.
  disableDuplicate: true,
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'document',
      type: 'relationship',
      index: true,
      relationTo: [collectionSlugs.interviews, collectionSlugs.speakers],
      required: true,
    },
    { name: 'title', type: 'text' },
    { name: 'kind', type: 'select', index: true, options: [...reviewEventKinds], required: true },
    { name: 'from', type: 'select', options: reviewStateOptions, required: true },
    { name: 'to', type: 'select', options: stateOrPublished, required: true },
    { name: 'by', type: 'relationship', relationTo: collectionSlugs.users },
    { name: 'note', type: 'textarea' },
    {
      name: 'isSelfApproval',
      type: 'checkbox',
      admin: { description: 'An admin approved or published a version they had submitted.' },
    },
    {
      name: 'deliveries',
      type: 'array',
      admin: { description: 'Notification mails sent for this event.' },
      fields: [
        { name: 'to', type: 'email', required: true },
        { name: 'deliveredAt', type: 'date', required: true },
      ],
    },
  ],
  graphQL: { pluralName: 'ReviewEvents', singularName: 'ReviewEvent' },
}
