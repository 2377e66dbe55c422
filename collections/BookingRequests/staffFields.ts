import type { Field } from 'payload'

import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { assigneeOptions } from '../../src/bookings/assigneeOptions'
import { bookingMoveCauseOptions, bookingStatusOptions } from '../../src/bookings/statusTransitions'
import { instantPicker } from '../../src/dates/instantFormat'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { clientComponent } from '../../src/vocabulary/componentPaths'

/** Staff work these; the requester can neither set nor see them. */
const staffOnly = { create: nobody, read: isStaff, update: isStaff }
/** Written by hooks only. */
const hookOnly = { create: nobody, read: isStaff, update: nobody }

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
    label: { en: 'Reference', zh: '申请编号' },
    unique: true,
  },
  {
    name: 'status',
    type: 'select',
    access: staffOnly,
    admin: {
      components: { Field: clientComponent('BookingStatusField') },
      position: 'sidebar',
    },
    defaultValue: 'new',
    index: true,
    label: { en: 'Status', zh: '状态' },
    options: bookingStatusOptions,
  },
  {
    name: 'assignee',
    type: 'relationship',
    access: staffOnly,
    admin: {
      // The picker and cell show names (users' useAsTitle); the e-mail below tells namesakes apart.
      components: { afterInput: [clientComponent('PersonEmail')] },
      position: 'sidebar',
    },
    filterOptions: assigneeOptions,
    index: true,
    label: { en: 'Assignee', zh: '负责人' },
    relationTo: collectionNames.users,
  },
  {
    // Set when a hold of the request is confirmed (hooks/holds/settleConfirmedHold.ts).
    name: 'confirmedSpeaker',
    type: 'relationship',
    access: hookOnly,
    admin: { position: 'sidebar', readOnly: true },
    label: { en: 'Confirmed speaker', zh: '已确认的演讲嘉宾' },
    relationTo: collectionNames.speakers,
  },
  {
    name: 'assignToMe',
    type: 'ui',
    admin: { components: { Field: clientComponent('AssignToMe') }, position: 'sidebar' },
    label: { en: 'Assign to me', zh: '分配给我' },
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
        admin: { components: { Field: clientComponent('InternalNoteField') } },
        label: { en: 'Note', zh: '备注' },
        maxLength: 5000,
        required: true,
      },
      {
        name: 'author',
        type: 'relationship',
        admin: { readOnly: true },
        label: { en: 'Author', zh: '作者' },
        relationTo: collectionNames.users,
      },
      {
        name: 'at',
        type: 'date',
        admin: { date: instantPicker, readOnly: true },
        label: { en: 'Written', zh: '写入时间' },
      },
    ],
    label: { en: 'Internal notes', zh: '内部备注' },
    labels: {
      plural: { en: 'Internal notes', zh: '内部备注' },
      singular: { en: 'Internal note', zh: '内部备注' },
    },
  },
  {
    name: 'statusHistory',
    type: 'array',
    access: hookOnly,
    admin: {
      // One line per move ("20 May 2030, 14:05 · New → In review · Sam Staff") instead of a form per row.
      components: { Field: clientComponent('StatusHistoryField') },
      readOnly: true,
    },
    fields: [
      {
        name: 'from',
        type: 'select',
        label: { en: 'From', zh: '原状态' },
        options: bookingStatusOptions,
      },
      {
        name: 'to',
        type: 'select',
        label: { en: 'To', zh: '新状态' },
        options: bookingStatusOptions,
      },
      {
        name: 'by',
        type: 'relationship',
        label: { en: 'By', zh: '操作人' },
        relationTo: collectionNames.users,
      },
      {
        name: 'at',
        type: 'date',
        admin: { date: instantPicker },
        label: { en: 'When', zh: '时间' },
      },
      {
        // A move the system made, and why (src/bookings/moveBookingRequest.ts); none for staff's own.
        name: 'cause',
        type: 'select',
        label: { en: 'Why', zh: '原因' },
        options: bookingMoveCauseOptions,
      },
      {
        name: 'proposal',
        type: 'relationship',
        label: { en: 'Proposal', zh: '方案' },
        relationTo: collectionNames.proposals,
      },
    ],
    label: { en: 'Status history', zh: '状态历史' },
    labels: {
      plural: { en: 'Status changes', zh: '状态变更' },
      singular: { en: 'Status change', zh: '状态变更' },
    },
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
      { name: 'noteId', type: 'text', label: { en: 'Note ID', zh: '备注 ID' } },
      {
        name: 'noteAuthor',
        type: 'relationship',
        label: { en: 'Written by', zh: '作者' },
        relationTo: collectionNames.users,
      },
      {
        name: 'writtenAt',
        type: 'date',
        admin: { date: instantPicker },
        label: { en: 'Written', zh: '写入时间' },
      },
      {
        name: 'removedBy',
        type: 'relationship',
        label: { en: 'Removed by', zh: '删除人' },
        relationTo: collectionNames.users,
      },
      {
        name: 'removedAt',
        type: 'date',
        admin: { date: instantPicker },
        label: { en: 'Removed', zh: '删除时间' },
      },
    ],
    label: { en: 'Removed notes', zh: '已删除的备注' },
    labels: {
      plural: { en: 'Removed notes', zh: '已删除的备注' },
      singular: { en: 'Removed note', zh: '已删除的备注' },
    },
  },
  {
    name: 'source',
    type: 'group',
    access: hookOnly,
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      {
        name: 'receivedAt',
        type: 'date',
        admin: { date: instantPicker },
        label: { en: 'Received', zh: '收到时间' },
      },
      {
        name: 'ipHash',
        type: 'text',
        admin: {
          description: {
            en: 'A one-way hash of the sender’s IP address: tells repeated requests apart without storing the address.',
            zh: '发送者 IP 地址的单向哈希值：可识别重复请求，而不保存地址本身。',
          },
        },
        label: { en: 'IP address hash', zh: 'IP 地址哈希' },
      },
      { name: 'userAgent', type: 'text', label: { en: 'Browser', zh: '浏览器' } },
    ],
    label: { en: 'How it arrived', zh: '来源' },
  },
  {
    name: 'proposals',
    type: 'join',
    access: { read: isStaff },
    admin: { defaultColumns: ['status', 'eventDate', 'expiresAt', 'createdAt'] },
    collection: collectionNames.proposals,
    label: { en: 'Proposals', zh: '方案' },
    on: 'bookingRequest',
  },
  {
    name: 'holds',
    type: 'join',
    access: { read: isStaff },
    admin: { defaultColumns: ['speaker', 'startDate', 'endDate', 'rank', 'status', 'expiresAt'] },
    collection: collectionNames.holds,
    label: { en: 'Date holds', zh: '档期' },
    on: 'bookingRequest',
  },
  {
    name: 'notifications',
    type: 'join',
    access: { read: isStaff },
    admin: {
      // Deliveries are written by the notification jobs only: Payload's "Add new" drawer could create nothing.
      allowCreate: false,
      defaultColumns: ['channel', 'deliveredAt', 'attempts', 'lastError'],
    },
    collection: collectionNames.bookingNotifications,
    label: { en: 'Notifications', zh: '通知' },
    on: 'request',
  },
]
