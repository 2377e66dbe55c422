import type { Field } from 'payload'

/** When the document was first published; set by `setPublishedAtOnFirstPublish`, never moved after. */
export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  access: { create: () => false, update: () => false },
  admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true },
  index: true,
}
