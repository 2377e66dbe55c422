import type { Field, Payload } from 'payload'

import { date, fieldAffectsData } from 'payload/shared'

const TIMESTAMPS = ['createdAt', 'updatedAt', 'deletedAt']

const unvalidatedTimestamps = (fields: Field[]) =>
  fields.filter(
    (field) =>
      fieldAffectsData(field) &&
      field.type === 'date' &&
      TIMESTAMPS.includes(field.name) &&
      !field.validate,
  )

/**
 * Gives every collection's and global's timestamps Payload's own date validation. Payload adds
 * `createdAt`/`updatedAt` after giving fields their validation (collections/config/sanitize.ts),
 * so a client's `createdAt: "not-a-date"` was stored as it came (text on SQLite) and every list
 * holding the document answered 500 from then on: ours, the host's and Payload's own (an
 * editor's bad lock row broke `payload-locked-documents` for every admin view). Now a 400 naming
 * the field, nothing stored. Run at init, before any request.
 */
export const validateTimestamps = (payload: Payload): void => {
  const configs = [
    ...Object.values(payload.collections).map(({ config }) => config),
    ...payload.config.globals,
  ]
  for (const config of configs) {
    for (const field of unvalidatedTimestamps(config.fields)) {
      ;(field as { validate?: unknown }).validate = date
    }
  }
}
