import type { Bilingual } from '../vocabulary/bilingual'

/**
 * Shown where a deleted account acted (review events, status moves): the database keeps the record
 * and empties the reference (its foreign keys are ON DELETE SET NULL), and nothing of the person,
 * not even their name, is copied anywhere, so an erasure erases.
 */
export const formerUser: Bilingual = { en: 'Former user', zh: '前用户' }
