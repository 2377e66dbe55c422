import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isStaff } from '../src/access/isStaff'
import { collectionSlugs } from './slugs'
import { nobody } from '../src/access/nobody'

export const bookingChannels = ['staff_email', 'requester_ack', 'webhook', 'sla_reminder'] as const
export type BookingChannel = (typeof bookingChannels)[number]

/**
 * One row per booking request and channel: the delivery record that makes each notification job
 * idempotent (a delivered channel is nobody delivered again) and shows staff what went out.
 */
export const BookingNotifications: CollectionConfig = {
  slug: collectionSlugs.bookingNotifications,
  access: { create: nobody, delete: isAdmin, read: isStaff, update: nobody },
  admin: {
    defaultColumns: ['request', 'channel', 'deliveredAt', 'attempts', 'lastError'],
    group: 'Bookings',
  },
  // Records of what happened: a copy would be a forgery.
  disableDuplicate: true,
  fields: [
    {
      name: 'request',
      type: 'relationship',
      index: true,
      relationTo: collectionSlugs.bookingRequests,
      required: true,
    },
    { name: 'channel', type: 'select', options: [...bookingChannels], required: true },
    {
      name: 'key',
      type: 'text',
      admin: { hidden: true },
      index: true,
      required: true,
      unique: true,
    },
    { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'lastError', type: 'text' },
  ],
}
