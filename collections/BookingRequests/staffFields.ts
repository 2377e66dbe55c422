import type { Field } from 'payload'

import { isStaffField } from '../../src/access/isStaffField'
import { bookingStatusOptions } from '../../src/bookings/statusTransitions'
import { collectionSlugs } from '../slugs'
import { nobody } from '../../src/access/nobody'

/** Staff work these; the requester can neither set nor see them. */
const staffOnly = { create: nobody, read: isStaffField, update: isStaffField }
/** Written by hooks only. */
const hookOnly = { create: nobody, read: isStaffField, update: nobody }

export const staffFields: Field[] = [
  {
    // Set on create by stampNewBookingRequest; the public answer and every mail carry it, never the id.
    name: 'reference',
    type: 'text',
    access: hookOnly,
    admin: {
      description: {
        en: 'Quoted by the requester (in the acknowledgement mail) and by staff; set when the request arrives.',
        zh: '申请人（确认邮件中）和工作人员引用的编号；申请到达时生成。',
      },
      position: 'sidebar',
      readOnly: true,
    },
    unique: true,
  },
  {
    name: 'status',
    type: 'select',
    access: staffOnly,
    admin: {
      components: { Field: '/admin/BookingStatusField#BookingStatusField' },
      position: 'sidebar',
    },
    defaultValue: 'new',
    index: true,
    options: bookingStatusOptions,
  },
  {
    name: 'assignee',
    type: 'relationship',
    access: staffOnly,
    admin: { position: 'sidebar' },
    filterOptions: { roles: { in: ['staff', 'admin'] } },
    index: true,
    relationTo: collectionSlugs.users,
  },
  {
    name: 'assignToMe',
    type: 'ui',
    admin: { components: { Field: '/admin/AssignToMe#AssignToMe' }, position: 'sidebar' },
  },
  {
    name: 'internalNotes',
    type: 'array',
    access: staffOnly,
    admin: {
      description: {
        en: 'Never shown to the requester. A saved note cannot be edited; only admins remove one (recorded below).',
        zh: '不会向申请人显示。已保存的备注不能修改；只有管理员可以删除（删除记录见下方）。',
      },
      // Stored notes keep the order they were written in (decideInternalNotes).
      isSortable: false,
    },
    fields: [
      {
        name: 'note',
        type: 'textarea',
        admin: { components: { Field: '/admin/InternalNoteField#InternalNoteField' } },
        maxLength: 5000,
        required: true,
      },
      {
        name: 'author',
        type: 'relationship',
        admin: { readOnly: true },
        relationTo: collectionSlugs.users,
      },
      {
        name: 'at',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true },
      },
    ],
  },
  {
    name: 'statusHistory',
    type: 'array',
    access: hookOnly,
    admin: { readOnly: true },
    fields: [
      { name: 'from', type: 'select', options: bookingStatusOptions },
      { name: 'to', type: 'select', options: bookingStatusOptions },
      { name: 'by', type: 'relationship', relationTo: collectionSlugs.users },
      { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
  {
    // Written by recordNoteRemovals: the note's text goes, the fact that it was removed stays.
    name: 'noteRemovals',
    type: 'array',
    access: hookOnly,
    admin: {
      description: {
        en: 'Internal notes an admin removed: whose, written when, removed by whom and when.',
        zh: '管理员删除的内部备注：作者、写入时间、删除人和删除时间。',
      },
      readOnly: true,
    },
    fields: [
      { name: 'noteId', type: 'text' },
      { name: 'noteAuthor', type: 'relationship', relationTo: collectionSlugs.users },
      { name: 'writtenAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'removedBy', type: 'relationship', relationTo: collectionSlugs.users },
      { name: 'removedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
  {
    name: 'source',
    type: 'group',
    access: hookOnly,
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      { name: 'receivedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'ipHash', type: 'text' },
      { name: 'userAgent', type: 'text' },
    ],
  },
  {
    name: 'notifications',
    type: 'join',
    access: { read: isStaffField },
    admin: { defaultColumns: ['channel', 'deliveredAt', 'attempts', 'lastError'] },
    collection: collectionSlugs.bookingNotifications,
    on: 'request',
  },
]
