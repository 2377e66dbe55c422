import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Config, Plugin } from 'payload'

import { previewFor } from '../../collections/fields/previewFor'
import { buildAppConfig } from '../../src/buildAppConfig'
import { pickDatabaseAdapter } from '../../src/db/pickDatabaseAdapter'
import { speakersBureauPlugin } from '../../src/index'
import { resolveSecret } from '../../src/resolveSecret'

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'sb-config-'))

describe('database adapter from DATABASE_URI', () => {
  it.each([
    ['mysql://root@localhost/db', 'mysql'],
    ['redis://localhost', 'redis'],
    ['speakers.db', 'speakers.db'],
  ])('should refuse %s and name the accepted schemes', (uri, shown) => {
    expect(() => pickDatabaseAdapter({ dataDir: tempDir(), uri })).toThrow(
      `Unsupported DATABASE_URI scheme "${shown}". Use mongodb://, mongodb+srv://, postgres://, postgresql:// or file: (SQLite).`,
    )
  })

  it.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./.data/other.db', 'sqlite'],
    ['postgres://u@localhost/db', 'postgres'],
    ['postgresql://u@localhost/db', 'postgres'],
    ['mongodb://localhost/db', 'mongoose'],
    ['mongodb+srv://cluster.example/db', 'mongoose'],
  ])('should pick the right adapter for %s', (uri, adapterName) => {
    const adapter = pickDatabaseAdapter({ dataDir: tempDir(), uri }) as unknown as { name: string }
    expect(adapter.name).toBe(adapterName)
  })

  it('should create the data folder for the embedded database', () => {
    const dir = path.join(tempDir(), 'nested')
    pickDatabaseAdapter({ dataDir: dir })
    expect(fs.existsSync(dir)).toBe(true)
  })
})

describe('PAYLOAD_SECRET', () => {
  it('should be required in production', () => {
    expect(() => resolveSecret({ dataDir: tempDir(), env: { NODE_ENV: 'production' } })).toThrow(
      'PAYLOAD_SECRET is required in production',
    )
  })

  it('should use the environment when given', () => {
    expect(
      resolveSecret({
        dataDir: tempDir(),
        env: { NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' },
      }),
    ).toBe('s3cret')
  })

  it('should be generated once in development and kept across restarts', () => {
    const dataDir = tempDir()
    const first = resolveSecret({ dataDir, env: { NODE_ENV: 'development' } })
    const second = resolveSecret({ dataDir, env: { NODE_ENV: 'development' } })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    expect(fs.statSync(path.join(dataDir, 'payload-secret')).mode & 0o777).toBe(0o600)
  })
})

describe('speakersBureauPlugin', () => {
  const apply = (plugin: Plugin, config: Config): Config => plugin(config) as Config

  it('should add its collections and keep the host config', async () => {
    const hostHook = () => undefined
    const initialized: unknown[] = []
    const onInit = async (payload: unknown) => void initialized.push(payload)
    const host: Config = {
      collections: [{ slug: 'pages', fields: [{ name: 'title', type: 'text' }] }],
      db: {} as Config['db'],
      hooks: { afterError: [hostHook] },
      onInit,
      secret: 'x',
    }
    const result = apply(speakersBureauPlugin(), host)
    expect(result.collections?.map(({ slug }) => slug)).toEqual([
      'pages',
      'users',
      'media',
      'speakers',
      'interviews',
      'topics',
      'review-events',
      'booking-requests',
      'booking-notifications',
      'slug-claims',
      'rate-limit-counters',
    ])
    expect(result.hooks?.afterError).toEqual([hostHook])
    // Wrapped (the plugin first makes the job queue's claims atomic), the host's still runs.
    const payload = { db: { updateJobs: async () => null } }
    await result.onInit?.(payload as unknown as Parameters<NonNullable<Config['onInit']>>[0])
    expect(initialized).toEqual([payload])
    expect(result.admin?.user).toBe('users')
  })

  it('should refuse a host collection with one of its slugs', () => {
    const host: Config = {
      collections: [{ slug: 'media', fields: [] }],
      db: {} as Config['db'],
      secret: 'x',
    }
    expect(() => apply(speakersBureauPlugin(), host)).toThrow('already has a collection "media"')
  })

  it('should keep its collections but drop their hooks when disabled', () => {
    const result = apply(speakersBureauPlugin({ disabled: true }), {
      db: {} as Config['db'],
      secret: 'x',
    })
    const users = result.collections?.find(({ slug }) => slug === 'users')
    expect(users?.fields.length).toBeGreaterThan(0)
    expect(users?.hooks).toEqual({})
  })
})

describe('admin', () => {
  it('should speak English by default and offer Chinese', async () => {
    const config = await buildAppConfig({
      db: pickDatabaseAdapter({ dataDir: tempDir() }),
      origins: [],
      secret: 'x',
    })
    expect(config.i18n.fallbackLanguage).toBe('en')
    expect(Object.keys(config.i18n.supportedLanguages ?? {}).sort()).toEqual(['en', 'zh'])
  })

  it('should link Preview to the frontend only when PREVIEW_URL is set', () => {
    const preview = previewFor('interviews')
    const doc = { id: 1, slug: 'kaiser-kuo-interview' }
    const before = process.env.PREVIEW_URL
    try {
      delete process.env.PREVIEW_URL
      expect(preview(doc, { locale: 'en', token: null } as never)).toBeNull()
      process.env.PREVIEW_URL = 'https://www.bureau.example/'
      expect(preview(doc, { locale: 'en', token: null } as never)).toBe(
        'https://www.bureau.example/interviews/kaiser-kuo-interview?draft=true',
      )
    } finally {
      if (before === undefined) delete process.env.PREVIEW_URL
      else process.env.PREVIEW_URL = before
    }
  })
})
