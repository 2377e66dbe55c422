import type { CollectionConfig } from 'payload'

import type { BookingChannel } from '../../src/bookings/bookingChannels'

import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { adminGroups } from '../adminGroups'
import { deliveryFields } from '../fields/deliveryFields'

/** What each channel is, as staff read it in the booking's Notifications table. */
export const bookingChannelOptions: { label: { en: string; zh: string }; value: BookingChannel }[] =
  [
    { label: { en: 'Mail to staff', zh: '发给工作人员的邮件' }, value: 'staff_email' },
    {
      label: { en: 'Acknowledgement to requester', zh: '给申请人的确认邮件' },
      value: 'requester_ack',
    },
    { label: { en: 'Webhook', zh: 'Webhook' }, value: 'webhook' },
    { label: { en: 'Reminder: no reply yet', zh: '提醒：尚未回复' }, value: 'sla_reminder' },
    {
      label: { en: 'Proposal link to requester', zh: '发给申请人的方案链接' },
      value: 'proposal_link',
    },
    {
      label: { en: 'Proposal answer: mail to staff', zh: '方案答复：发给工作人员的邮件' },
      value: 'proposal_answer_email',
    },
    {
      label: { en: 'Proposal answer: webhook', zh: '方案答复：Webhook' },
      value: 'proposal_answer_webhook',
    },
    {
      label: { en: 'Hold: another hold queued behind it', zh: '档期：有其他档期排在其后' },
      value: 'hold_challenged',
    },
    {
      label: { en: 'Hold: released by a confirmation', zh: '档期：因他人确认而释放' },
      value: 'hold_released',
    },
  ]

/**
 * One row per booking request and channel: the delivery record that makes each notification job
 * idempotent (a delivered channel is nobody delivered again) and shows staff what went out.
 */
export const BookingNotifications: CollectionConfig = {
  slug: collectionNames.bookingNotifications,
  access: { create: nobody, delete: isAdmin, read: isStaff, update: nobody },
  admin: {
    defaultColumns: ['request', 'channel', 'deliveredAt', 'attempts', 'lastError'],
    group: adminGroups.bookings,
  },
  // Records of what happened: a copy would be a forgery.
  disableDuplicate: true,
  fields: [
    {
      name: 'request',
      type: 'relationship',
      index: true,
      label: { en: 'Booking request', zh: '预约请求' },
      relationTo: collectionNames.bookingRequests,
      required: true,
    },
    {
      name: 'channel',
      type: 'select',
      label: { en: 'Channel', zh: '渠道' },
      options: bookingChannelOptions,
      required: true,
    },
    ...deliveryFields,
  ],
  labels: {
    plural: { en: 'Booking notifications', zh: '预约通知' },
    singular: { en: 'Booking notification', zh: '预约通知' },
  },
}
