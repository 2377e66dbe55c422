import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { isContentTeam } from '../../src/access/isContentTeam'
import {
  publishedOption,
  reviewEventKindOptions,
  reviewStateOptions,
} from '../../src/reviews/states'
import { nobody } from '../../src/access/nobody'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { clientComponent } from '../../src/vocabulary/componentPaths'
import { adminGroups } from '../adminGroups'
import { deleteDependentRecords } from '../../hooks/deleteDependentRecords'

const stateOrPublished = [...reviewStateOptions, publishedOption]

/** Who moved which document from which review state to which, when, with what note. Read-only. */
export const ReviewEvents: CollectionConfig = {
  slug: collectionNames.reviewEvents,
  access: {
    create: nobody,
    delete: isAdmin,
    read: isContentTeam,
    update: nobody,
  },
  admin: {
    defaultColumns: ['title', 'kind', 'from', 'to', 'by', 'createdAt'],
    group: adminGroups.content,
    useAsTitle: 'title',
  },
  // Records of what happened: a copy would be a forgery.
  disableDuplicate: true,
  defaultSort: '-createdAt',
  // Its mails' delivery records go with it (they require an event).
  hooks: { beforeDelete: [deleteDependentRecords(collectionNames.reviewDeliveries, 'event')] },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      index: true,
      label: { en: 'Document', zh: '文档' },
      relationTo: [collectionNames.interviews, collectionNames.speakers],
      required: true,
    },
    { name: 'title', type: 'text', label: { en: 'Title', zh: '标题' } },
    {
      name: 'kind',
      type: 'select',
      index: true,
      label: { en: 'Kind', zh: '类型' },
      options: reviewEventKindOptions,
      required: true,
    },
    {
      name: 'from',
      type: 'select',
      label: { en: 'From', zh: '原状态' },
      options: reviewStateOptions,
      required: true,
    },
    {
      name: 'to',
      type: 'select',
      label: { en: 'To', zh: '新状态' },
      options: stateOrPublished,
      required: true,
    },
    {
      name: 'by',
      type: 'relationship',
      admin: { components: { Cell: clientComponent('PersonCell') } },
      label: { en: 'By', zh: '操作人' },
      relationTo: collectionNames.users,
    },
    { name: 'note', type: 'textarea', label: { en: 'Note', zh: '备注' } },
    {
      name: 'isSelfApproval',
      type: 'checkbox',
      admin: {
        description: {
          en: 'An admin approved or published a version they had submitted.',
          zh: '管理员批准或发布了自己提交的版本。',
        },
      },
      label: { en: 'Self-approval', zh: '自行批准' },
    },
    {
      name: 'deliveries',
      type: 'join',
      admin: {
        allowCreate: false,
        defaultColumns: ['to', 'deliveredAt', 'attempts', 'lastError'],
        description: {
          en: 'Notification mails sent for this event.',
          zh: '此事件已发送的通知邮件。',
        },
      },
      collection: collectionNames.reviewDeliveries,
      label: { en: 'Mails sent', zh: '已发送的邮件' },
      on: 'event',
    },
  ],
  graphQL: { pluralName: 'ReviewEvents', singularName: 'ReviewEvent' },
  labels: {
    plural: { en: 'Review events', zh: '审核记录' },
    singular: { en: 'Review event', zh: '审核记录' },
  },
}
