import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Config, Plugin } from 'payload'

import { withReviewedContent } from '../../collections/reviews/reviewedContent'
import { nameErrorFields } from '../../hooks/errors/nameErrorFields'
import { refuseMistypedValues } from '../../hooks/refuseMistypedValues'
import { enforceReviewWorkflow } from '../../hooks/reviews/enforceReviewWorkflow'
import { buildAppConfig } from '../../src/buildAppConfig'
import { pickDatabaseAdapter } from '../../src/db/pickDatabaseAdapter'
import { sqliteFilePath } from '../../src/db/sqliteFilePath'
import { speakersBureauPlugin } from '../../src/index'
import { resolveSecret } from '../../src/resolveSecret'
import { resolveServerUrl } from '../../src/resolveServerUrl'

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'sb-config-'))

const apply = (plugin: Plugin, config: Config): Config => plugin(config) as Config

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

  it.each([
    ['file:./.data/speakers.db', path.resolve('.data/speakers.db')],
    ['file:///srv/bureau/speakers.db', '/srv/bureau/speakers.db'],
    ['file:/srv/bureau/speakers.db?mode=ro', '/srv/bureau/speakers.db'],
    ['file://localhost/srv/bureau/speakers.db', '/srv/bureau/speakers.db'],
    ['FILE:/srv/bureau/speakers.db', '/srv/bureau/speakers.db'],
    ['file:/srv/my%20bureau/speakers.db#part', '/srv/my bureau/speakers.db'],
    ['file://elsewhere/srv/speakers.db', undefined],
    ['file::memory:', undefined],
    ['file::memory:?cache=shared', undefined],
    [':memory:', undefined],
  ])('should read the SQLite file of %s as %s', (url, file) => {
    expect(sqliteFilePath(url)).toBe(file)
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
    const secret = 'a-production-secret-of-at-least-32-characters'
    expect(
      resolveSecret({
        dataDir: tempDir(),
        env: { NODE_ENV: 'production', PAYLOAD_SECRET: secret },
      }),
    ).toBe(secret)
  })

  it('should refuse a secret shorter than 32 characters in production, and say how long it was', () => {
    for (const secret of ['abc', 'x'.repeat(31), `  ${'y'.repeat(31)}  `]) {
      expect(() =>
        resolveSecret({
          dataDir: tempDir(),
          env: { NODE_ENV: 'production', PAYLOAD_SECRET: secret },
        }),
      ).toThrow(`PAYLOAD_SECRET is too short for production: use at least 32 random characters`)
    }
    expect(
      resolveSecret({
        dataDir: tempDir(),
        env: { NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) },
      }),
    ).toBe('x'.repeat(32))
    // Development takes what it is given.
    expect(
      resolveSecret({
        dataDir: tempDir(),
        env: { NODE_ENV: 'development', PAYLOAD_SECRET: 'abc' },
      }),
    ).toBe('abc')
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

describe('PUBLIC_SERVER_URL', () => {
  it('should be required in production, like PAYLOAD_SECRET', () => {
    expect(() => resolveServerUrl({ NODE_ENV: 'production' })).toThrow(
      'PUBLIC_SERVER_URL is required in production',
    )
    expect(() => resolveServerUrl({ NODE_ENV: 'production', PUBLIC_SERVER_URL: ' ' })).toThrow(
      'PUBLIC_SERVER_URL is required in production',
    )
  })

  it('should default to localhost on PORT in development', () => {
    expect(resolveServerUrl({ NODE_ENV: 'development' })).toBe('http://localhost:3000')
    expect(resolveServerUrl({ PORT: '4123' })).toBe('http://localhost:4123')
  })

  it('should take an absolute http(s) URL without its trailing slash, and refuse anything else', () => {
    const production = (url: string) =>
      resolveServerUrl({ NODE_ENV: 'production', PUBLIC_SERVER_URL: url })
    expect(production('https://cms.bureau.example/')).toBe('https://cms.bureau.example')
    expect(production('https://bureau.example/cms/')).toBe('https://bureau.example/cms')
    for (const url of ['/admin', 'cms.bureau.example', 'ftp://cms.bureau.example'])
      expect(() => production(url)).toThrow(
        `PUBLIC_SERVER_URL: "${url}" is not an absolute http(s) URL.`,
      )
  })
})

describe("speakersBureauPlugin with the host's own auth collection (auth.collection)", () => {
  const base = { db: {} as Config['db'], secret: 'x', serverURL: 'https://cms.host.example' }
  const team = { slug: 'team', auth: true, fields: [{ name: 'phone', type: 'text' as const }] }

  it('should refuse a name that is not a collection of the host, or not an auth collection', () => {
    expect(() =>
      apply(speakersBureauPlugin({ auth: { collection: 'staffers' } }), {
        ...base,
        collections: [team],
      }),
    ).toThrow('auth.collection "staffers" is not a collection of the host config')
    expect(() =>
      apply(speakersBureauPlugin({ auth: { collection: 'team' } }), {
        ...base,
        collections: [{ ...team, auth: undefined }],
      }),
    ).toThrow('auth.collection "team" is not an auth collection')
  })

  it('should refuse a host collection with a roles field of its own, and an admin.user that is another collection', () => {
    const withRoles = {
      ...team,
      fields: [...team.fields, { name: 'roles', type: 'text' as const }],
    }
    expect(() =>
      apply(speakersBureauPlugin({ auth: { collection: 'team' } }), {
        ...base,
        collections: [withRoles],
      }),
    ).toThrow('already has a "roles" field')
    expect(() =>
      apply(speakersBureauPlugin({ auth: { collection: 'team' } }), {
        ...base,
        admin: { user: 'customers' },
        collections: [team],
      }),
    ).toThrow("must also be the admin's user collection")
  })

  it('should bring no users collection, and point every relationship of its own at the named one', () => {
    const result = apply(speakersBureauPlugin({ auth: { collection: 'team' } }), {
      ...base,
      collections: [team],
    })
    const slugs = result.collections!.map(({ slug }) => slug)
    expect(slugs).not.toContain('users')
    expect(result.admin?.user).toBe('team')
    const targets = JSON.stringify(result.collections).match(/"relationTo":"[^"]+"/g) ?? []
    expect(targets).not.toContain('"relationTo":"users"')
    expect(targets).toContain('"relationTo":"team"')
    const augmented = result.collections!.find(({ slug }) => slug === 'team')!
    expect(augmented.fields.map((field) => ('name' in field ? field.name : ''))).toEqual(
      expect.arrayContaining(['phone', 'name', 'roles']),
    )
    expect(augmented.hooks?.beforeOperation?.length).toBeGreaterThan(0)
  })

  it('should add the fields but none of its hooks to the named collection when disabled', () => {
    const result = apply(speakersBureauPlugin({ auth: { collection: 'team' }, disabled: true }), {
      ...base,
      collections: [team],
    })
    const augmented = result.collections!.find(({ slug }) => slug === 'team')!
    expect(augmented.fields.map((field) => ('name' in field ? field.name : ''))).toContain('roles')
    expect(Object.values(augmented.hooks ?? {}).flat()).toHaveLength(0)
  })
})

describe('speakersBureauPlugin', () => {
  it('should refuse a host config without an absolute serverURL (mail links are built from it)', () => {
    for (const serverURL of [undefined, '', '/cms', 'cms.example.com']) {
      const host: Config = { db: {} as Config['db'], secret: 'x', serverURL }
      expect(() => apply(speakersBureauPlugin(), host)).toThrow(
        'speakersBureauPlugin: the host config needs serverURL',
      )
    }
  })

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
      serverURL: 'http://localhost:3000',
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
      'review-deliveries',
      'booking-requests',
      'booking-notifications',
      'proposals',
      'holds',
      'engagement-claims',
      'calendar-links',
      'privacy-erasures',
      'retention-runs',
      'slug-claims',
      'rate-limit-counters',
      // The portable search index's, on every database (empty while the database's is used).
      'search-entries',
      'search-changes',
      'search-meta',
    ])
    // The host's own hook first, then the one that gives every error answer one shape.
    expect(result.hooks?.afterError).toEqual([hostHook, nameErrorFields])
    // Wrapped (the plugin first makes the job queue's claims atomic), the host's still runs.
    const payload = {
      collections: {},
      config: { globals: [] },
      db: { updateJobs: async () => null },
    }
    await result.onInit?.(payload as unknown as Parameters<NonNullable<Config['onInit']>>[0])
    expect(initialized).toEqual([payload])
    expect(result.admin?.user).toBe('users')
  })

  it('should refuse a host collection with one of its slugs', () => {
    const host: Config = {
      collections: [{ slug: 'media', fields: [] }],
      db: {} as Config['db'],
      secret: 'x',
      serverURL: 'http://localhost:3000',
    }
    expect(() => apply(speakersBureauPlugin(), host)).toThrow('already has a collection "media"')
  })

  it('should keep the review workflow when a collection brings hooks of its own', () => {
    const own = () => undefined
    const collection = withReviewedContent({ slug: 'speakers', slugFrom: 'name' })({
      slug: 'speakers',
      fields: [],
      hooks: { afterRead: [own], beforeChange: [own] },
    })
    expect(collection.hooks?.beforeChange?.[0]).toBe(enforceReviewWorkflow)
    expect(collection.hooks?.beforeChange?.at(-1)).toBe(own)
    expect(collection.hooks?.afterRead).toEqual([own])
    // Mistyped values refused first, then the slug from the name.
    expect(collection.hooks?.beforeValidate?.[0]).toBe(refuseMistypedValues)
    expect(collection.hooks?.beforeValidate).toHaveLength(2)
    expect(collection.endpoints).toHaveLength(1)
  })

  it('should make session cookies secure unless the host says otherwise, whatever NODE_ENV is', () => {
    const host = { db: {} as Config['db'], secret: 'x', serverURL: 'http://localhost:3000' }
    const usersOf = (result: Config) =>
      result.collections?.find(({ slug }) => slug === 'users')?.auth as {
        cookies: { secure: boolean }
      }
    const before = process.env.NODE_ENV
    try {
      ;(process.env as Record<string, string>).NODE_ENV = 'development'
      expect(usersOf(apply(speakersBureauPlugin(), host)).cookies.secure).toBe(true)
      expect(
        usersOf(apply(speakersBureauPlugin({ auth: { secureCookies: false } }), host)).cookies
          .secure,
      ).toBe(false)
    } finally {
      ;(process.env as Record<string, string>).NODE_ENV = before as string
    }
  })

  it("should give the dashboard the host's bookings.slaHours (it read BOOKING_SLA_HOURS)", () => {
    const result = apply(speakersBureauPlugin({ bookings: { slaHours: 48 } }), {
      db: {} as Config['db'],
      secret: 'x',
      serverURL: 'http://localhost:3000',
    })
    expect(result.admin?.components?.beforeDashboard).toEqual([
      { path: 'speakers-bureau-cms/rsc#WorkQueues', serverProps: { slaHours: 48 } },
    ])
  })

  it('should keep its schema and nothing else when disabled', async () => {
    const hostInit = async () => undefined
    const hostHook = () => undefined
    const host: Config = {
      db: {} as Config['db'],
      hooks: { afterError: [hostHook] },
      onInit: hostInit,
      secret: 'x',
      serverURL: 'http://localhost:3000',
    }
    const result = apply(speakersBureauPlugin({ disabled: true }), host)
    const enabled = apply(speakersBureauPlugin(), host)
    // The schema: the same collections, fields and task slugs as when enabled.
    expect(result.collections?.map(({ slug }) => slug)).toEqual(
      enabled.collections?.map(({ slug }) => slug),
    )
    const users = result.collections?.find(({ slug }) => slug === 'users')
    expect(users?.fields.length).toBeGreaterThan(0)
    expect(users?.hooks).toEqual({})
    expect(result.jobs?.tasks?.map(({ slug }) => slug)).toEqual(
      enabled.jobs?.tasks?.map(({ slug }) => slug),
    )
    // Nothing that runs: no dashboard, no providers, the host's own onInit and hooks, no limits.
    expect(result.admin?.components).toBeUndefined()
    expect(result.onInit).toBe(hostInit)
    expect(result.hooks?.afterError).toEqual([hostHook])
    expect(result.custom).toBeUndefined()
    expect(result.jobs?.access).toBeUndefined()
    expect(result.graphQL).toBeUndefined()
  })
})

describe('admin', () => {
  it('should speak English by default and offer Chinese', async () => {
    const config = await buildAppConfig({
      db: pickDatabaseAdapter({ dataDir: tempDir() }),
      origins: [],
      secret: 'x',
      serverURL: 'http://localhost:3000',
    })
    expect(config.i18n.fallbackLanguage).toBe('en')
    expect(Object.keys(config.i18n.supportedLanguages ?? {}).sort()).toEqual(['en', 'zh'])
  })

  it('should link Preview to the frontend only when the plugin is given a previewUrl (it read PREVIEW_URL)', () => {
    const host = { db: {} as Config['db'], secret: 'x', serverURL: 'http://localhost:3000' }
    const previewOf = (result: Config, slug: string) =>
      result.collections?.find((collection) => collection.slug === slug)?.admin?.preview
    const doc = { id: 1, slug: 'kaiser-kuo-interview' }
    process.env.PREVIEW_URL = 'https://env.example'
    try {
      const without = apply(speakersBureauPlugin(), host)
      expect(previewOf(without, 'interviews')).toBeUndefined()
      const withUrl = apply(
        speakersBureauPlugin({ reviews: { previewUrl: 'https://www.bureau.example/' } }),
        host,
      )
      expect(previewOf(withUrl, 'interviews')?.(doc, { locale: 'en', token: null } as never)).toBe(
        'https://www.bureau.example/interviews/kaiser-kuo-interview?draft=true',
      )
      expect(previewOf(withUrl, 'speakers')).toBeDefined()
      expect(previewOf(withUrl, 'topics')).toBeUndefined()
    } finally {
      delete process.env.PREVIEW_URL
    }
  })
})
