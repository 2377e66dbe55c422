import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { instantPicker } from '../../src/dates/instantFormat'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { adminGroups } from '../adminGroups'

const count = (name: string, label: { en: string; zh: string }) =>
  ({ name, type: 'number', defaultValue: 0, label }) as const

/**
 * Tombstones: one per erasure of a person's data (src/privacy/erasePersonalData.ts), showing that
 * the request was honoured without keeping the address: a keyed hash of it (HMAC-SHA-256 under
 * the server's secret, so a leaked table cannot be checked against a list of addresses), who erased
 * it, when, and how much went. Written by the erase endpoint only; admins read them.
 */
export const PrivacyErasures: CollectionConfig = {
  slug: collectionNames.privacyErasures,
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: {
    defaultColumns: ['emailHash', 'by', 'createdAt', 'bookingRequests'],
    description: {
      en: 'Personal data erased on request (Privacy → Erase). The address itself is not kept, only a keyed hash of it.',
      zh: '应请求删除的个人数据（隐私 → 删除）。不保存地址本身，只保存其密钥哈希值。',
    },
    group: adminGroups.system,
    useAsTitle: 'emailHash',
  },
  // Records of what happened: a copy would be a forgery.
  disableDuplicate: true,
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'emailHash',
      type: 'text',
      index: true,
      label: { en: 'Address (keyed hash)', zh: '地址（密钥哈希）' },
      required: true,
    },
    {
      name: 'by',
      type: 'relationship',
      label: { en: 'Erased by', zh: '删除人' },
      relationTo: collectionNames.users,
    },
    {
      name: 'at',
      type: 'date',
      admin: { date: instantPicker },
      label: { en: 'Erased', zh: '删除时间' },
      required: true,
    },
    count('bookingRequests', { en: 'Booking requests anonymised', zh: '已匿名化的预约请求' }),
    count('proposals', { en: 'Proposals anonymised', zh: '已匿名化的方案' }),
    count('notifications', { en: 'Notification records deleted', zh: '已删除的通知记录' }),
    count('jobs', { en: 'Job records deleted', zh: '已删除的任务记录' }),
    count('rateLimitCounters', { en: 'Rate-limit counters reset', zh: '已重置的限流计数器' }),
    count('reviewDeliveries', { en: 'Review mail records deleted', zh: '已删除的审核邮件记录' }),
    {
      name: 'accountDeleted',
      type: 'checkbox',
      label: { en: 'User account deleted', zh: '已删除用户账户' },
    },
  ],
  graphQL: false,
  labels: {
    plural: { en: 'Privacy erasures', zh: '隐私删除记录' },
    singular: { en: 'Privacy erasure', zh: '隐私删除记录' },
  },
  timestamps: true,
}
