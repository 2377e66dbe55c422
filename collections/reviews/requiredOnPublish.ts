import type { Block, Field, Validate } from 'payload'

import { fieldAffectsData, validations } from 'payload/shared'

type Validator = Validate<unknown, unknown, unknown, object>

/** What Payload's `required` checks treat as missing. */
const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

/**
 * Payload passes validators the document as it will be stored (the saved document merged with the
 * incoming data); on a draft save it has already set `_status: 'draft'`.
 */
const isStoringPublished = (data: unknown): boolean =>
  (data as { _status?: unknown } | null | undefined)?._status === 'published'

const builtInFor = (type: string): undefined | Validator =>
  (validations as unknown as Record<string, Validator | undefined>)[type]

/**
 * The field's checks, all of them: Payload's own for its type (lengths, options, relations, rows),
 * then the field's custom `validate`. A custom `validate` replaces Payload's (sanitizeFields), so a
 * `maxLength` beside one was never checked. A required field may be empty while the document being
 * stored is not published; everything else is checked on every save, drafts included (with
 * `versions.drafts.validate`). `required` itself stays on the field: the admin's asterisk, the
 * GraphQL and database schemas, and the check when publishing.
 */
const checkedOnEverySave = (field: Field & { required?: boolean; validate?: unknown }): Field => {
  const builtIn = builtInFor(field.type)
  const own = field.validate as undefined | Validator
  const validate: Validator = async (value, options) => {
    if (field.required && isEmpty(value) && !isStoringPublished(options.data)) return true
    if (builtIn) {
      const result = await builtIn(value, { ...field, ...options })
      if (result !== true) return result
    }
    return own ? own(value, options) : true
  }
  return { ...field, validate } as Field
}

/**
 * For collections with drafts: `required` waits until publication, every other rule applies to
 * drafts too. Walks rows, collapsibles, groups, tabs, arrays and blocks; blocks inside a rich text
 * editor are configured where the editor is (see Interviews' QABlock).
 */
export const requiredOnPublish = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: requiredOnPublish(tab.fields) })),
      }
    }
    if (field.type === 'blocks') {
      const withBlocks = {
        ...field,
        blocks: field.blocks.map((block) => requiredOnPublishBlock(block)),
      }
      return field.required || field.validate ? checkedOnEverySave(withBlocks) : withBlocks
    }
    const withSubFields =
      'fields' in field && Array.isArray(field.fields)
        ? ({ ...field, fields: requiredOnPublish(field.fields) } as Field)
        : field
    if (!fieldAffectsData(withSubFields)) return withSubFields
    const { required, validate } = withSubFields as { required?: boolean; validate?: unknown }
    return required || validate ? checkedOnEverySave(withSubFields) : withSubFields
  })

/** requiredOnPublish for a block's fields (blocks fields and rich text BlocksFeature). */
export const requiredOnPublishBlock = (block: Block): Block => ({
  ...block,
  fields: requiredOnPublish(block.fields),
})
