import type { Field, TextFieldSingleValidation } from 'payload'

import { text as textDefaults } from 'payload/shared'

import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { earliestDayAnywhere } from '../../src/dates/day'
import { isEventTime, isTimeZone } from '../../src/dates/eventTime'
import { isUnchangedOnUpdate } from '../../src/dates/isUnchangedOnUpdate'
import { type Bilingual, localize } from '../../src/i18n/localize'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { budgetBands, eventFormats, sessionTypes } from '../../src/vocabulary/options'
import { dayField, type DayRule } from '../fields/dayField'
import { validateEmail } from '../fields/validateEmail'

/** Today or later, wherever on Earth the organiser is (see earliestDayAnywhere). */
const isTodayOrLater: DayRule = (day) =>
  day >= earliestDayAnywhere()
    ? true
    : { en: 'The event date must be today or later.', zh: '活动日期不能早于今天。' }

const validateEventTime: TextFieldSingleValidation = (value, args) =>
  !value || isEventTime(value) || isUnchangedOnUpdate({ ...args, value })
    ? true
    : localize(args.req, {
        en: 'Give the start time as HH:mm (24-hour), e.g. 09:30 or 14:00.',
        zh: '请按 24 小时制 HH:mm 填写开始时间，如 09:30 或 14:00。',
      })

/** The zone the event time is in: an IANA name, required as soon as a time is given. */
const validateEventTimeZone: TextFieldSingleValidation = (value, args) => {
  const { req, siblingData } = args
  if (isUnchangedOnUpdate({ ...args, value })) return true
  if (value) {
    return isTimeZone(value)
      ? true
      : localize(req, {
          en: 'Give an IANA time zone name, e.g. Asia/Shanghai or Europe/London.',
          zh: '请填写 IANA 时区名称，如 Asia/Shanghai 或 Europe/London。',
        })
  }
  return (siblingData as { eventTime?: unknown }).eventTime
    ? localize(req, {
        en: 'Say which time zone the event time is in, e.g. Asia/Shanghai.',
        zh: '请注明活动时间所在的时区，如 Asia/Shanghai。',
      })
    : true
}

const validatePhone: TextFieldSingleValidation = (value, { req }) =>
  !value || /^[0-9+()\-.\s/]{5,40}$/.test(value)
    ? true
    : localize(req, {
        en: 'Use digits, spaces and + ( ) - only.',
        zh: '只能使用数字、空格和 + ( ) -。',
      })

const validateLocation: TextFieldSingleValidation = (value, { req, siblingData }) => {
  const format = (siblingData as { format?: string }).format
  return (typeof value === 'string' && value.trim()) || format === 'virtual'
    ? true
    : localize(req, {
        en: 'Say where the event takes place (or choose the virtual format).',
        zh: '请注明活动地点（或选择线上形式）。',
      })
}

/**
 * A required text must be more than blanks; then Payload's own checks (length), then the field's
 * own. (Values of the wrong type never get here: see refuseMistypedValues.)
 */
const validateRequesterText =
  (defaults: typeof textDefaults, own?: TextFieldSingleValidation): TextFieldSingleValidation =>
  (value, args) => {
    if (args.required && !value?.trim())
      return localize(args.req, { en: 'This field is required.', zh: '此字段为必填项。' })
    const payloadChecks = defaults(value, args as never)
    if (payloadChecks !== true) return payloadChecks
    return own ? own(value, args) : true
  }

/** Requester fields: anyone fills them in when creating a request; staff read them, nobody edits them. */
const read = { read: isStaff, update: nobody }
const text = (
  name: string,
  maxLength: number,
  { validate, ...extra }: Partial<Field> & { validate?: TextFieldSingleValidation } = {},
): Field =>
  ({
    name,
    type: 'text',
    access: read,
    maxLength,
    validate: validateRequesterText(textDefaults, validate),
    ...extra,
  }) as Field

const longText = (name: string, maxLength: number, label: Bilingual): Field =>
  ({
    name,
    type: 'textarea',
    access: read,
    label,
    maxLength,
    // Payload's text checks (length) are the same as its textarea ones.
    validate: validateRequesterText(textDefaults),
  }) as unknown as Field

export const requesterFields: Field[] = [
  {
    type: 'row',
    fields: [
      text('contactName', 120, { label: { en: 'Contact name', zh: '联系人' }, required: true }),
      {
        name: 'email',
        type: 'email',
        access: read,
        label: { en: 'Email', zh: '电子邮件' },
        required: true,
        validate: validateEmail,
      },
    ],
  },
  {
    type: 'row',
    fields: [
      text('organization', 160, { label: { en: 'Organization', zh: '单位' } }),
      text('jobTitle', 120, { label: { en: 'Job title', zh: '职务' } }),
      text('phone', 40, { label: { en: 'Phone', zh: '电话' }, validate: validatePhone }),
    ],
  },
  text('eventName', 200, { label: { en: 'Event name', zh: '活动名称' }, required: true }),
  {
    type: 'row',
    fields: [
      dayField({
        name: 'eventDate',
        access: read,
        index: true,
        label: { en: 'Event date', zh: '活动日期' },
        required: true,
        rule: isTodayOrLater,
      }),
      // 40: requests from before times were HH:mm keep their typed text (see isUnchangedOnUpdate).
      text('eventTime', 40, {
        admin: { placeholder: '14:00' },
        label: { en: 'Start time (24-hour)', zh: '开始时间（24 小时制）' },
        validate: validateEventTime,
      }),
      text('eventTimeZone', 64, {
        admin: {
          description: {
            en: 'The time zone of the start time (IANA name), e.g. Asia/Shanghai.',
            zh: '开始时间所在的时区（IANA 名称），如 Asia/Shanghai。',
          },
          placeholder: 'Asia/Shanghai',
        },
        label: { en: 'Time zone', zh: '时区' },
        validate: validateEventTimeZone,
      }),
      {
        name: 'format',
        type: 'select',
        access: read,
        defaultValue: 'in_person',
        label: { en: 'Format', zh: '活动形式' },
        options: eventFormats,
      },
    ],
  },
  text('eventLocation', 200, {
    label: { en: 'Event location', zh: '活动地点' },
    validate: validateLocation,
  }),
  {
    type: 'row',
    fields: [
      {
        name: 'sessionType',
        type: 'select',
        access: read,
        label: { en: 'Session type', zh: '环节类型' },
        options: sessionTypes,
      },
      {
        name: 'durationMinutes',
        type: 'number',
        access: read,
        label: { en: 'Duration (minutes)', zh: '时长（分钟）' },
        max: 600,
        min: 5,
      },
      {
        name: 'audienceSize',
        type: 'number',
        access: read,
        label: { en: 'Audience size', zh: '观众人数' },
        max: 100_000,
        min: 1,
      },
    ],
  },
  longText('audienceDescription', 2000, { en: 'About the audience', zh: '观众情况' }),
  {
    type: 'row',
    fields: [
      {
        name: 'budgetBand',
        type: 'select',
        access: read,
        label: { en: 'Budget', zh: '预算' },
        options: budgetBands,
      },
      {
        name: 'travelCovered',
        type: 'checkbox',
        access: read,
        label: { en: 'Travel covered by the organiser', zh: '差旅费用由主办方承担' },
      },
    ],
  },
  {
    name: 'speakers',
    type: 'relationship',
    access: read,
    filterOptions: { _status: { equals: 'published' } },
    hasMany: true,
    label: { en: 'Speakers', zh: '演讲嘉宾' },
    maxRows: 5,
    relationTo: collectionNames.speakers,
  },
  {
    name: 'topics',
    type: 'relationship',
    access: read,
    // Any filter makes Payload check that the ids exist (an unknown one is a 400, not a 500).
    filterOptions: () => true,
    hasMany: true,
    label: { en: 'Topics', zh: '主题' },
    maxRows: 10,
    relationTo: collectionNames.topics,
  },
  longText('message', 5000, { en: 'Message', zh: '留言' }),
  text('howDidYouHear', 200, { label: { en: 'How they heard of us', zh: '了解渠道' } }),
]
