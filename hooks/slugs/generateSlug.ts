import type { CollectionBeforeValidateHook, SanitizedCollectionConfig } from 'payload'

import { ValidationError } from 'payload'

import { type Bilingual, localize } from '../../src/i18n/localize'
import { claimSlug } from '../../src/slugs/claimSlug'
import { toSlug } from '../../src/slugs/toSlug'
import type { SluggedCollection } from '../../src/vocabulary/collectionNames'

type Args = {
  /** The field the slug is made from (`name` or `title`). */
  from: string
  /** The source is a person's name (see toSlug). */
  person?: boolean
}

const slugError = (
  collection: SanitizedCollectionConfig,
  req: Parameters<typeof localize>[0],
  message: Bilingual,
): ValidationError =>
  new ValidationError({
    collection: collection.slug,
    errors: [{ message: localize(req, message), path: 'slug' }],
  })

/** Topics have no drafts: they are public from their first save. */
const hasBeenPublished = (
  collection: SanitizedCollectionConfig,
  originalDoc: Record<string, any> | undefined,
): boolean => {
  if (!originalDoc) return false
  if (!collection.versions?.drafts) return true
  return Boolean(originalDoc.publishedAt) || originalDoc._status === 'published'
}

/** The slug still follows the old name or title (with or without a clash counter). */
const followsSource = (slug: string, generated: string): boolean =>
  Boolean(generated) && (slug === generated || slug.replace(/-\d+$/, '') === generated)

/**
 * Fills and guards `slug`. Generated from the name/title when empty; a typed slug is normalised (and
 * refused with a 400 on `slug` when nothing valid remains). An unpublished draft's generated slug
 * follows its title; once published, only an explicit edit changes it, and the old slug moves to
 * `previousSlugs`. Uniqueness comes from the slug registry's unique index (see claimSlug).
 */
export const generateSlug =
  ({ from, person = false }: Args): CollectionBeforeValidateHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (!data) return data
    const current: string | undefined = originalDoc?.slug || undefined
    const previous: string[] = originalDoc?.previousSlugs ?? []
    const isPublished = hasBeenPublished(collection, originalDoc)
    const typed =
      typeof data.slug === 'string' ? data.slug.trim() : data.slug === null ? '' : undefined
    const source = data[from] ?? originalDoc?.[from]
    const slugOf = (value: unknown): string =>
      toSlug(typeof value === 'string' ? value : '', { person })

    let wanted: string | undefined
    if (typed && typed !== current) {
      wanted = toSlug(typed)
      if (!wanted)
        throw slugError(collection, req, {
          en: 'A slug needs at least one letter or digit (a–z, 0–9).',
          zh: 'slug 至少需要一个字母或数字（a–z、0–9）。',
        })
    } else if (!current || typed === '') {
      wanted = slugOf(source)
      if (!wanted && source) {
        throw slugError(collection, req, {
          en: `No slug can be made from "${source}": type one (letters a–z, digits).`,
          zh: `无法由"${source}"生成 slug：请手动输入（字母 a–z、数字）。`,
        })
      }
    } else if (
      !isPublished &&
      data[from] !== undefined &&
      followsSource(current, slugOf(originalDoc?.[from]))
    ) {
      wanted = slugOf(source) || current
    }

    if (!wanted || wanted === current) return { ...data, slug: current ?? data.slug }

    const isOwnOldSlug = previous.includes(wanted)
    const slug = isOwnOldSlug
      ? wanted
      : await claimSlug({
          base: wanted,
          collection: collection.slug as SluggedCollection,
          // The request for its language only: the claim runs outside its transaction.
          language: req,
          payload: req.payload,
        })
    if (!current || slug === current) return { ...data, slug }
    if (isPublished) {
      return { ...data, previousSlugs: [...previous.filter((s) => s !== slug), current], slug }
    }
    req.context.slugsToRelease = [...((req.context.slugsToRelease as string[]) ?? []), current]
    return { ...data, slug }
  }
