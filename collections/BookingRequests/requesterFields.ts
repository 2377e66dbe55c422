import type { Field, TextFieldSingleValidation } from 'payload'

import { text as textDefaults } from 'payload/shared'

import { isStaffField } from '../../src/access/isStaffField'
import { budgetBands, eventFormats, sessionTypes } from '../options'
import { collectionSlugs } from '../slugs'
import { nobody } from '../../src/access/nobody'

/** The earliest acceptable event day: today, wherever on Earth the organiser is (UTC−12…+14). */
const earliestEventDay = (): string =>
  new Date(Date.now() - 14 * 3600_000).toISOString().slice(0, 10)

const validateEventDate = (value: unknown): string | true => {
  if (!value) return 'The event date is required.'
  const day = new Date(String(value))
  if (Number.isNaN(day.getTime())) return 'This is not a date.'
  return day.toISOString().slice(0, 10) >= earliestEventDay()
    ? true
    : 'The event date must be today or later.'
}

const validateEmail = (value: unknown): string | true => {
  if (typeof value !== 'string' || value === '') return 'An email address is required.'
  if (value.length > 254) return 'This email address is too long.'
  return /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.test(value)
    ? true
    : 'This is not a valid email address.'
}

const validatePhone: TextFieldSingleValidation = (value) =>
  !value || /^[0-9+()\-.\s/]{5,40}$/.test(value) ? true : 'Use digits, spaces and + ( ) - only.'

const validateLocation: TextFieldSingleValidation = (value, { siblingData }) => {
  const format = (siblingData as { format?: string }).format
  return (typeof value === 'string' && value.trim()) || format === 'virtual'
    ? true
    : 'Say where the event takes place (or choose the virtual format).'
}

/**
 * A required text must be more than blanks; then Payload's own checks (length), then the field's
 * own. (Values of the wrong type never get here: see refuseMistypedValues.)
 */
const validateRequesterText =
  (defaults: typeof textDefaults, own?: TextFieldSingleValidation): TextFieldSingleValidation =>
  (value, args) => {
    if (args.required && !value?.trim()) return 'This field is required.'
    const payloadChecks = defaults(value, args as never)
    if (payloadChecks !== true) return payloadChecks
    return own ? own(value, args) : true
  }

/** Requester fields: anyone fills them in when creating a request; staff read them, nobody edits them. */
const read = { read: isStaffField, update: nobody }
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

const longText = (name: string, maxLength: number): Field =>
  ({
    name,
    type: 'textarea',
    access: read,
    maxLength,
    // Payload's text checks (length) are the same as its textarea ones.
    validate: validateRequesterText(textDefaults),
  }) as unknown as Field

export const requesterFields: Field[] = [
  {
    type: 'row',
    fields: [
      text('contactName', 120, { required: true }),
      { name: 'email', type: 'email', access: read, required: true, validate: validateEmail },
    ],
  },
  {
    type: 'row',
    fields: [
      text('organization', 160),
      text('jobTitle', 120),
      text('phone', 40, { validate: validatePhone }),
    ],
  },
  text('eventName', 200, { required: true }),
  {
    type: 'row',
    fields: [
      {
        name: 'eventDate',
        type: 'date',
        access: read,
        admin: { date: { pickerAppearance: 'dayOnly' } },
        index: true,
        required: true,
        validate: validateEventDate,
      },
      text('eventTime', 40),
      {
        name: 'format',
        type: 'select',
        access: read,
        defaultValue: 'in_person',
        options: eventFormats,
      },
    ],
  },
  text('eventLocation', 200, { validate: validateLocation }),
  {
    type: 'row',
    fields: [
      { name: 'sessionType', type: 'select', access: read, options: sessionTypes },
      { name: 'durationMinutes', type: 'number', access: read, max: 600, min: 5 },
      { name: 'audienceSize', type: 'number', access: read, max: 100_000, min: 1 },
    ],
  },
  longText('audienceDescription', 2000),
  {
    type: 'row',
    fields: [
      { name: 'budgetBand', type: 'select', access: read, options: budgetBands },
      { name: 'travelCovered', type: 'checkbox', access: read },
    ],
  },
  {
    name: 'speakers',
    type: 'relationship',
    access: read,
    filterOptions: { _status: { equals: 'published' } },
    hasMany: true,
    maxRows: 5,
    relationTo: collectionSlugs.speakers,
  },
  {
    name: 'topics',
    type: 'relationship',
    access: read,
    // Any filter makes Payload check that the ids exist (an unknown one is a 400, not a 500).
    filterOptions: () => true,
    hasMany: true,
    maxRows: 10,
    relationTo: collectionSlugs.topics,
  },
  longText('message', 5000),
  text('howDidYouHear', 200),
]
