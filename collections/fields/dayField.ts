import type { FieldAccess, FieldHook, PayloadRequest, TextField } from 'payload'

import { isDay, normalizeDayInput } from '../../src/dates/day'
import { isUnchangedOnUpdate } from '../../src/dates/isUnchangedOnUpdate'
import { type Bilingual, localize } from '../../src/i18n/localize'
import { clientComponent } from '../../src/vocabulary/componentPaths'

/** A rule of the field's own, run on a well-formed day: a message in both languages, or true. */
export type DayRule = (day: string, args: { req: PayloadRequest }) => Bilingual | true

type Args = {
  access?: { create?: FieldAccess; read?: FieldAccess; update?: FieldAccess }
  /** Shown under the input in the admin. */
  description?: Bilingual
  index?: boolean
  label: Bilingual
  name: string
  required?: boolean
  /** Further checks on a valid day (e.g. "today or later"). */
  rule?: DayRule
}

const normalizeDay: FieldHook = ({ value }) => normalizeDayInput(value)

/**
 * MongoDB has no migrations: documents written before day fields were text still hold a BSON date
 * (midnight or noon UTC). They are answered as the day they meant, like the SQL migration rewrote them.
 */
const answerStoredInstantAsDay: FieldHook = ({ value }) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : value

export const dayMessages = {
  notADay: {
    en: 'Give a day that exists as YYYY-MM-DD, e.g. 2030-05-20.',
    zh: '请按 YYYY-MM-DD 格式填写一个存在的日期，如 2030-05-20。',
  },
  required: { en: 'This field is required.', zh: '此字段为必填项。' },
} satisfies Record<string, Bilingual>

/**
 * A day-only field (an event date, a publication date): stored, answered and filtered as an ISO
 * calendar date `YYYY-MM-DD` (ISO dates sort and compare as strings), never as an instant that a
 * time zone could move to the day before. A `text` field underneath: Payload's `date` type stores
 * instants. Old clients' timestamps are reduced to their date part; anything else, or a day that
 * does not exist (2030-02-30), is a 400 naming the field. The admin shows Payload's date picker and
 * the list a date with its year (src/admin/dates/).
 */
export const dayField = ({
  name,
  access,
  description,
  index,
  label,
  required,
  rule,
}: Args): TextField => ({
  name,
  type: 'text',
  ...(access ? { access } : {}),
  admin: {
    components: {
      Cell: clientComponent('DayCell'),
      Field: clientComponent('DayField'),
    },
    ...(description ? { description } : {}),
  },
  hooks: { afterRead: [answerStoredInstantAsDay], beforeValidate: [normalizeDay] },
  ...(index ? { index } : {}),
  label,
  required,
  // Generated types and JSON schema (and so the OpenAPI document) say what the string holds.
  typescriptSchema: [({ jsonSchema }) => ({ ...jsonSchema, format: 'date' })],
  validate: (value, { operation, previousValue, req }) => {
    if (isUnchangedOnUpdate({ operation, previousValue, value })) return true
    if (value === undefined || value === null || value === '')
      return required ? localize(req, dayMessages.required) : true
    if (!isDay(value)) return localize(req, dayMessages.notADay)
    const ruled = rule ? rule(value, { req }) : true
    return ruled === true ? true : localize(req, ruled)
  },
  // Marks the field for the query checks (src/queries), whose filters on it take days, and for
  // refuseMistypedValues, which refuses a day that does not exist before any hook reads it.
  custom: { isDay: true },
})
