import type { Field } from 'payload'
import { instantPicker } from '../../src/dates/instantFormat'

/** When the document was first published; set by `setPublishedAtOnFirstPublish`, never moved after. */
export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  access: { create: () => false, update: () => false },
  admin: { date: instantPicker, position: 'sidebar', readOnly: true },
  index: true,
  label: { en: 'First published', zh: '首次发布时间' },
}
