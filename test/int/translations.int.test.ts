import { describe, expect, it } from '@jest/globals'
import type { Block, Field, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildAppConfig } from '../../src/buildAppConfig'
import { pickDatabaseAdapter } from '../../src/db/pickDatabaseAdapter'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/**
 * Fields people never see in the admin (hidden or disabled), so they need no label; each with why.
 * A field listed here that is no longer hidden fails the test, so the list cannot hide a label.
 */
const hiddenFromPeople: Record<string, string> = {
  'booking-notifications.key': 'the idempotency key of a delivery, written by the jobs only',
  'review-deliveries.key': 'the idempotency key of a delivery, written by the jobs only',
  'interviews.usedMedia': 'kept by the server on every save to decide which images are public',
  'speakers.usedMedia': 'kept by the server on every save to decide which images are public',
}

/**
 * Collections hidden from everyone in the admin (`admin.hidden: true`), with why: neither their
 * names nor their fields are shown to anybody.
 */
const hiddenCollections: Record<string, string> = {
  'rate-limit-counters': 'hit counters of the rate limits; nobody reads them through the API',
}

/**
 * Fields Payload itself adds at a collection's top level (ids, timestamps, drafts' status, and the
 * auth and upload fields): Payload labels them through its own translations, or hides them.
 */
const payloadsOwn = new Set([
  '_status',
  '_verificationToken',
  '_verified',
  'createdAt',
  'deletedAt',
  'email',
  'filename',
  'filesize',
  'focalX',
  'focalY',
  'hash',
  'height',
  'id',
  'lockUntil',
  'loginAttempts',
  'mimeType',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  'resetPasswordToken',
  'salt',
  'sessions',
  'sizes',
  'thumbnailURL',
  'updatedAt',
  'url',
  'username',
  'width',
])

/** Payload's own fields in every array row and block (the row's id and optional name), hidden or labelled by Payload. */
const rowFields = new Set(['blockName', 'id'])

type Problems = string[]

const isText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

/**
 * A label or description of ours must be `{ en, zh }`, both non-empty. Functions are Payload's
 * own (`({ t }) => t('general:updatedAt')`); `undefined`/`false` means nothing is shown.
 */
const checkText = (problems: Problems, where: string, value: unknown, isRequired = true): void => {
  if (value === undefined || value === false || value === null) {
    if (isRequired) problems.push(`${where}: missing`)
    return
  }
  if (typeof value === 'function') return
  if (typeof value === 'string') {
    problems.push(`${where}: plain string "${value}"`)
    return
  }
  const { en, zh } = value as { en?: unknown; zh?: unknown }
  if (!isText(en)) problems.push(`${where}: no en`)
  if (!isText(zh)) problems.push(`${where}: no zh`)
}

const checkLabels = (problems: Problems, where: string, labels: unknown): void => {
  const { plural, singular } = (labels ?? {}) as { plural?: unknown; singular?: unknown }
  checkText(problems, `${where} (singular)`, singular)
  checkText(problems, `${where} (plural)`, plural)
}

const checkBlock = (problems: Problems, where: string, block: Block): void => {
  checkLabels(problems, `${where}.${block.slug} labels`, block.labels)
  checkFields(problems, `${where}.${block.slug}`, block.fields)
}

/** Blocks a Lexical editor offers (BlocksFeature), as the sanitized editor config holds them. */
const lexicalBlocks = (field: Field): Block[] => {
  const editor = (
    field as { editor?: { editorConfig?: { resolvedFeatureMap?: Map<string, any> } } }
  ).editor
  const blocks =
    editor?.editorConfig?.resolvedFeatureMap?.get('blocks')?.sanitizedServerFeatureProps
  return [...(blocks?.blocks ?? []), ...(blocks?.inlineBlocks ?? [])] as Block[]
}

const checkFields = (
  problems: Problems,
  where: string,
  fields: Field[],
  skipped: Set<string> = new Set(),
): void => {
  for (const field of fields) {
    const name = 'name' in field ? field.name : undefined
    const at = name ? `${where}.${name}` : where
    if (name && (skipped.has(name) || rowFields.has(name))) continue
    const admin = (field.admin ?? {}) as {
      description?: unknown
      disabled?: boolean
      hidden?: boolean
    }
    if (name && hiddenFromPeople[at]) {
      if (!admin.hidden && !admin.disabled) problems.push(`${at}: listed as hidden but shown`)
      continue
    }
    if (name || field.type === 'collapsible')
      checkText(problems, `${at} label`, (field as { label?: unknown }).label)
    if (typeof admin.description !== 'function')
      checkText(problems, `${at} description`, admin.description, false)
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) {
        if (typeof option === 'string') problems.push(`${at} option "${option}": plain string`)
        else checkText(problems, `${at} option "${option.value}"`, option.label)
      }
    }
    if (field.type === 'array') checkLabels(problems, `${at} labels`, field.labels)
    if (field.type === 'blocks') {
      checkLabels(problems, `${at} labels`, field.labels)
      for (const block of field.blocks) checkBlock(problems, at, block)
    }
    if (field.type === 'richText')
      for (const block of lexicalBlocks(field)) checkBlock(problems, at, block)
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabAt = 'name' in tab && tab.name ? `${where}.${tab.name}` : where
        checkText(problems, `${tabAt} tab label`, tab.label)
        checkText(problems, `${tabAt} tab description`, tab.description, false)
        checkFields(problems, tabAt, tab.fields)
      }
    }
    // Rows and collapsibles have no name: their fields sit at the same level (and so may be Payload's).
    if ('fields' in field && Array.isArray(field.fields))
      checkFields(problems, at, field.fields, name ? undefined : skipped)
  }
}

const checkCollection = (problems: Problems, collection: SanitizedCollectionConfig): void => {
  const { slug } = collection
  checkLabels(problems, `${slug} labels`, collection.labels)
  checkText(problems, `${slug} admin.group`, collection.admin?.group, false)
  checkText(problems, `${slug} admin.description`, collection.admin?.description, false)
  // Only an auth or upload collection has Payload's auth and upload fields; elsewhere an `email`
  // or `url` field is ours. Ids, timestamps and `_status` are Payload's everywhere.
  const skipped =
    collection.auth || collection.upload
      ? payloadsOwn
      : new Set(['_status', 'createdAt', 'deletedAt', 'id', 'updatedAt'])
  checkFields(problems, slug, collection.fields, skipped)
}

/** Every label and description of ours that is not in both languages, as "path: problem". */
const untranslated = (config: SanitizedConfig): Problems => {
  const ours = new Set<string>(Object.values(collectionNames))
  const problems: Problems = []
  for (const collection of config.collections) {
    if (!ours.has(collection.slug) || hiddenCollections[collection.slug]) continue
    checkCollection(problems, collection)
  }
  // Payload's own (the jobs queue's schedule stats, `payload-jobs-stats`) are Payload's to translate.
  for (const global of config.globals.filter(({ slug }) => !slug.startsWith('payload-'))) {
    checkText(problems, `${global.slug} label`, global.label)
    checkFields(problems, global.slug, global.fields)
  }
  return problems
}

const buildConfig = (): Promise<SanitizedConfig> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-i18n-'))
  return buildAppConfig({
    dataDir,
    // Never connected: the config is only built and sanitized.
    db: pickDatabaseAdapter({ dataDir, uri: 'file::memory:' }),
    origins: ['http://localhost:3000'],
    secret: 'test-secret-not-for-production',
    serverURL: 'http://localhost:3000',
  })
}

describe('every label and message of ours in English and Chinese', () => {
  it('should have en and zh for every collection, field, option, description, group and block label', async () => {
    const config = await buildConfig()
    expect(untranslated(config)).toEqual([])
  })

  it('should catch a plain-string label, a missing zh and an unlabelled field', () => {
    const problems: Problems = []
    checkFields(problems, 'x', [
      { name: 'jobTitle', type: 'text', label: 'Job Title' },
      { name: 'city', type: 'text', label: { en: 'City' } as never },
      {
        name: 'kind',
        type: 'select',
        label: { en: 'Kind', zh: '类型' },
        options: [{ label: 'Draft', value: 'draft' }],
      },
    ])
    expect(problems).toEqual([
      'x.jobTitle label: plain string "Job Title"',
      'x.city label: no zh',
      'x.kind option "draft": plain string "Draft"',
    ])
  })

  it('should skip only fields that are really hidden from people', async () => {
    const config = await buildConfig()
    const shown: string[] = []
    for (const [at] of Object.entries(hiddenFromPeople)) {
      const [slug, name] = at.split('.')
      const field = config.collections
        .find((collection) => collection.slug === slug)
        ?.fields.find((candidate) => 'name' in candidate && candidate.name === name)
      const admin = (field?.admin ?? {}) as { disabled?: boolean; hidden?: boolean }
      if (!admin.hidden && !admin.disabled) shown.push(at)
    }
    expect(shown).toEqual([])
  })

  it('should have every custom translation key in both languages', async () => {
    const config = await buildConfig()
    const translations = (config.i18n.translations ?? {}) as Record<string, unknown>
    const keysOf = (
      language: string,
      value: unknown = translations[language],
      prefix = '',
    ): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, nested]) =>
            keysOf(language, nested, `${prefix}${key}.`),
          )
        : isText(value)
          ? [prefix.slice(0, -1)]
          : []
    expect(keysOf('zh').sort()).toEqual(keysOf('en').sort())
  })
})
