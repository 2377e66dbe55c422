import type { Field, TextFieldSingleValidation } from 'payload'

import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { isTimeZone } from '../../src/dates/eventTime'
import { instantPicker } from '../../src/dates/instantFormat'
import { holdStatusOptions } from '../../src/holds/holdStatuses'
import { localize } from '../../src/i18n/localize'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { clientComponent } from '../../src/vocabulary/componentPaths'
import { dayField } from '../fields/dayField'
import { isTodayOrLater } from '../fields/isTodayOrLater'
import { validateFutureInstant } from '../fields/validateFutureInstant'

/** Set by the server (rank, who made it, who decided); staff read them. */
const serverOnly = { create: nobody, read: isStaff, update: nobody }

const validateTimeZone: TextFieldSingleValidation = (value, { req }) =>
  isTimeZone(value)
    ? true
    : localize(req, {
        en: 'Give the event’s IANA time zone, e.g. Asia/Shanghai or Europe/London.',
        zh: '请填写活动所在的 IANA 时区，如 Asia/Shanghai 或 Europe/London。',
      })

export const holdFields: Field[] = [
  {
    name: 'speaker',
    type: 'relationship',
    index: true,
    label: { en: 'Speaker', zh: '演讲嘉宾' },
    relationTo: collectionNames.speakers,
    required: true,
  },
  {
    name: 'bookingRequest',
    type: 'relationship',
    index: true,
    label: { en: 'Booking request', zh: '预约请求' },
    relationTo: collectionNames.bookingRequests,
    required: true,
  },
  {
    type: 'row',
    fields: [
      dayField({
        name: 'startDate',
        index: true,
        label: { en: 'First day', zh: '开始日期' },
        required: true,
        rule: isTodayOrLater,
      }),
      dayField({
        name: 'endDate',
        description: { en: 'Left empty: the first day only.', zh: '留空表示仅一天。' },
        index: true,
        label: { en: 'Last day', zh: '结束日期' },
        rule: isTodayOrLater,
      }),
      {
        name: 'timeZone',
        type: 'text',
        admin: {
          description: {
            en: 'The event’s time zone (IANA name): the days are its days.',
            zh: '活动所在时区（IANA 名称）：日期以该时区为准。',
          },
          placeholder: 'Asia/Shanghai',
        },
        label: { en: 'Time zone', zh: '时区' },
        maxLength: 64,
        required: true,
        validate: validateTimeZone,
      },
    ],
  },
  {
    name: 'clash',
    type: 'ui',
    admin: { components: { Field: clientComponent('HoldClashWarning') } },
    label: { en: 'Other holds on these days', zh: '同日期的其他档期' },
  },
  {
    name: 'expiresAt',
    type: 'date',
    admin: {
      date: instantPicker,
      description: {
        en: 'A hold nobody confirms by then is released by itself.',
        zh: '到期仍未确认的档期将自动失效。',
      },
      position: 'sidebar',
    },
    label: { en: 'Expires', zh: '到期时间' },
    required: true,
    validate: validateFutureInstant,
  },
  {
    name: 'status',
    type: 'select',
    access: { create: nobody, read: isStaff, update: isStaff },
    admin: { position: 'sidebar' },
    defaultValue: 'held',
    index: true,
    label: { en: 'Status', zh: '状态' },
    options: holdStatusOptions,
    required: true,
  },
  {
    name: 'rank',
    type: 'number',
    access: serverOnly,
    admin: {
      description: {
        en: '1: first call on the speaker’s days; 2 and after wait for the holds before them.',
        zh: '1 表示优先占用该演讲嘉宾的日期；2 及以后需等待排在前面的档期。',
      },
      position: 'sidebar',
      readOnly: true,
    },
    label: { en: 'Rank', zh: '排序' },
  },
  {
    name: 'createdBy',
    type: 'relationship',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true },
    label: { en: 'Held by', zh: '创建人' },
    relationTo: collectionNames.users,
  },
  {
    name: 'decidedBy',
    type: 'relationship',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true },
    label: { en: 'Confirmed or released by', zh: '确认或释放人' },
    relationTo: collectionNames.users,
  },
  {
    name: 'decidedAt',
    type: 'date',
    access: serverOnly,
    admin: { date: instantPicker, position: 'sidebar', readOnly: true },
    label: { en: 'Confirmed or released', zh: '确认或释放时间' },
  },
]
