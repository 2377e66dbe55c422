import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import {
  createBureauClient,
  interviewBySlug,
  findSpeakers,
  listPublishedInterviews,
} from '../../examples/frontend/bureauClient'
import { checkBeforeStart } from '../../src/server/checkBeforeStart'
import { spawnServer, type SpawnedServer, waitForStatus } from '../helpers/spawnServer'
import { createTestDatabase, type TestDatabase, testDbKind } from '../helpers/testDatabase'

const tempDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'sb-server-'))
const SECRET = 'a-production-secret-of-at-least-32-characters'
/** A folder `npm start` takes for a production build (BUILD_ID is what it checks first). */
const fakeBuildDir = (): string => {
  const dir = tempDataDir()
  fs.writeFileSync(path.join(dir, 'BUILD_ID'), 'test')
  return dir
}

/**
 * The start-up refusals use their own SQLite files and folders whatever TEST_DB says: they run in
 * the SQLite run only, not again in the PostgreSQL one. Each refuses before Payload and Next.js are
 * loaded (src/server/checkBeforeStart.ts), in ~0.6 s.
 */
const describeOnce = testDbKind() === 'sqlite' ? describe : describe.skip

describeOnce('server start-up refusals', () => {
  it('should stop with one line naming the accepted schemes for an unknown DATABASE_URI', async () => {
    const server = await spawnServer({
      DATABASE_URI: 'mysql://root@localhost/bureau',
      DATA_DIR: tempDataDir(),
    })
    const code = await server.exited
    expect({ code, output: server.output().trim() }).toEqual({
      code: 1,
      output:
        'Unsupported DATABASE_URI scheme "mysql". Use mongodb://, mongodb+srv://, postgres://, postgresql:// or file: (SQLite).',
    })
  })

  it('should refuse to start in production without PAYLOAD_SECRET, every time (four starts at once)', async () => {
    // A start that exits 0 or 13 with no output (the silent exits of top-level await) fails this
    // test; the starts that load everything (below, and the production starts of the browser tests)
    // would hang or exit silently the same way.
    const starts = await Promise.all(
      [1, 2, 3, 4].map(() =>
        spawnServer({
          DATA_DIR: tempDataDir(),
          NEXT_DIST_DIR: fakeBuildDir(),
          NODE_ENV: 'production',
          PAYLOAD_SECRET: '',
        }),
      ),
    )
    const results = await Promise.all(
      starts.map(async (server) => ({ code: await server.exited, output: server.output().trim() })),
    )
    const expected = {
      code: 1,
      output: 'PAYLOAD_SECRET is required in production: set it to a long random string.',
    }
    expect(results).toEqual([expected, expected, expected, expected])
  }, 60_000)
  it('should refuse to migrate a database that development set up by schema push', async () => {
    const dataDir = tempDataDir()
    const client = createClient({ url: `file:${path.join(dataDir, 'speakers.db')}` })
    await client.execute(
      'CREATE TABLE payload_migrations (id integer primary key, name text, batch integer)',
    )
    await client.execute("INSERT INTO payload_migrations (name, batch) VALUES ('dev', -1)")
    client.close()
    const server = await spawnServer({
      DATA_DIR: dataDir,
      NEXT_DIST_DIR: fakeBuildDir(),
      NODE_ENV: 'production',
      PAYLOAD_SECRET: SECRET,
    })
    const code = await server.exited
    expect(code).toBe(1)
    expect(server.output().trim()).toMatch(
      /was set up by `npm run dev` \(schema push\) and cannot be migrated/,
    )
  }, 60_000)
})

describeOnce('production start-up checks, before anything is started or migrated', () => {
  it('should refuse a PAYLOAD_SECRET shorter than 32 characters', async () => {
    const server = await spawnServer({
      DATA_DIR: tempDataDir(),
      NEXT_DIST_DIR: fakeBuildDir(),
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'abc',
    })
    expect({ code: await server.exited, output: server.output().trim() }).toEqual({
      code: 1,
      output:
        'PAYLOAD_SECRET is too short for production: use at least 32 random characters (openssl rand -hex 32), not 3.',
    })
  }, 60_000)

  it('should refuse to start without PUBLIC_SERVER_URL (mails would carry relative links)', async () => {
    const server = await spawnServer({
      DATA_DIR: tempDataDir(),
      NEXT_DIST_DIR: fakeBuildDir(),
      NODE_ENV: 'production',
      PAYLOAD_SECRET: SECRET,
      PUBLIC_SERVER_URL: '',
    })
    expect(await server.exited).toBe(1)
    expect(server.output().trim()).toMatch(/^PUBLIC_SERVER_URL is required in production/)
  }, 60_000)

  it('should pass a first production start on a data folder that does not exist yet, creating nothing', async () => {
    // The checks run before the config makes the folder: opening the database there failed.
    const dataDir = path.join(tempDataDir(), 'not-yet')
    await checkBeforeStart({
      dataDir,
      env: {
        NEXT_DIST_DIR: fakeBuildDir(),
        NODE_ENV: 'production',
        PAYLOAD_SECRET: SECRET,
        PUBLIC_SERVER_URL: 'https://speakers.example.com',
      },
      isDev: false,
    })
    expect(fs.existsSync(dataDir)).toBe(false)
  })

  it('should refuse to start without a build, and leave the database alone', async () => {
    const dataDir = tempDataDir()
    const distDir = tempDataDir()
    const server = await spawnServer({
      DATA_DIR: dataDir,
      NEXT_DIST_DIR: distDir,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: SECRET,
    })
    expect({ code: await server.exited, output: server.output().trim() }).toEqual({
      code: 1,
      output: `No production build in ${distDir}/: run \`npm run build\` before \`npm start\` (nothing was started or migrated).`,
    })
    // The embedded database would be dataDir/speakers.db: not created, so not migrated.
    expect(fs.readdirSync(dataDir)).toEqual([])
  }, 60_000)
})

describe('a running server (development mode, real Express process)', () => {
  let database: TestDatabase
  let server: SpawnedServer

  beforeAll(async () => {
    database = await createTestDatabase({ isFile: true })
    server = await spawnServer({
      DATABASE_URI: database.uri,
      DATA_DIR: tempDataDir(),
      JOBS_CRON: '* * * * * *',
      LOGIN_RATE_LIMIT: '6',
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
      SEED_ON_START: 'false',
    })
    await waitForStatus(server, '/healthz')
  }, 180_000)

  afterAll(async () => {
    await server?.stop('SIGKILL')
    await database?.drop()
  })

  it('should answer /healthz after a database round trip', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ db: 'ok', status: 'ok' })
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('should answer /readyz once the search index is ready, never cached', async () => {
    const response = await waitForStatus(server, '/readyz')
    expect(await response.json()).toEqual({
      db: 'ok',
      // The default engine, the portable index, read into this server's memory at start.
      searchIndex: 'ready',
      status: 'ok',
    })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('should serve the admin at /admin with the admin policy, saying nothing of what powers it', async () => {
    const response = await waitForStatus(server, '/admin', { timeoutMs: 150_000 })
    const html = await response.text()
    expect(html).toContain('<html')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('x-powered-by')).toBeNull()
  }, 180_000)

  it('should serve the REST API at /api/users/me', async () => {
    const response = await waitForStatus(server, '/api/users/me', { timeoutMs: 120_000 })
    expect(await response.json()).toMatchObject({ user: null })
    // The route file wraps Payload's handlers with HTTP caching (src/http/withHttpCaching.ts).
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const speakers = await fetch(`${server.baseUrl}/api/speakers`)
    expect(speakers.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=600',
    )
    expect(speakers.headers.get('etag')).toBeTruthy()
  }, 150_000)

  it('should log a request once, and a client error at warn without its stack', async () => {
    const tag = `probe-${Date.now()}`
    await fetch(`${server.baseUrl}/api/speakers/${tag}`)
    const wrong = await fetch(`${server.baseUrl}/api/users/login`, {
      body: JSON.stringify({ email: `${tag}@nobody.test`, password: 'wrong-password-1' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(wrong.status).toBe(401)
    const lines = () => server.output().split('\n')
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline && !lines().some((line) => line.includes('/api/users/login')))
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(lines().filter((line) => line.includes(`/api/speakers/${tag}`))).toHaveLength(1)
    const refusals = lines().filter((line) => line.includes('provided is incorrect'))
    expect(refusals.length).toBeGreaterThan(0)
    for (const line of refusals) {
      expect(JSON.parse(line)).toMatchObject({
        error: 'AuthenticationError',
        level: 40,
        status: 401,
      })
      expect(line).not.toContain('stack')
    }
  }, 60_000)

  it('should serve GraphQL at /api/graphql', async () => {
    const response = await fetch(`${server.baseUrl}/api/graphql`, {
      body: JSON.stringify({ query: '{ __typename }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } })
  }, 120_000)

  it('should run queued jobs inside the server, with no outside cron', async () => {
    const call = async (path: string, method: string, body?: unknown, token?: string) => {
      const response = await fetch(`${server.baseUrl}/api${path}`, {
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        method,
      })
      return { body: await response.json(), status: response.status }
    }
    const admin = { email: 'admin@jobs.test', password: 'jobs-pass-1234' }
    expect(
      (await call('/users/first-register', 'POST', { ...admin, name: 'Ada Admin' })).status,
    ).toBe(200)
    const { token } = (await call('/users/login', 'POST', admin)).body
    await call(
      '/users',
      'POST',
      {
        email: 'reviewer@jobs.test',
        name: 'Ravi Reviewer',
        password: 'jobs-pass-1234',
        roles: ['reviewer'],
      },
      token,
    )
    const speaker = await call('/speakers', 'POST', { name: 'Queue Speaker' }, token)
    const interview = await call(
      '/interviews',
      'POST',
      { speakers: [speaker.body.doc.id], title: 'Queued' },
      token,
    )
    const submitted = await call(
      `/interviews/${interview.body.doc.id}?draft=true`,
      'PATCH',
      { reviewState: 'in_review' },
      token,
    )
    expect(submitted.status).toBe(200)

    const deadline = Date.now() + 60_000
    let deliveries: { deliveredAt?: string; to: string }[] = []
    while (Date.now() < deadline && deliveries.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      const events = await call(
        '/review-events?where[kind][equals]=submitted',
        'GET',
        undefined,
        token,
      )
      // The event's "Mails sent" (a join on review-deliveries): the delivered ones.
      deliveries = (events.body.docs?.[0]?.deliveries?.docs ?? []).filter(
        ({ deliveredAt }: { deliveredAt?: string }) => Boolean(deliveredAt),
      )
    }
    expect(deliveries.map(({ to }) => to)).toEqual(['reviewer@jobs.test'])
  }, 90_000)

  it('should serve the typed example frontend client (examples/frontend) its interviews', async () => {
    const post = async (path: string, body: unknown, token?: string) =>
      (
        await fetch(`${server.baseUrl}/api${path}`, {
          body: JSON.stringify(body),
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `JWT ${token}` } : {}),
          },
          method: path.includes('/login')
            ? 'POST'
            : path.split('?')[0].match(/\/\d+$/)
              ? 'PATCH'
              : 'POST',
        })
      ).json()
    const { token } = await post('/users/login', {
      email: 'admin@jobs.test',
      password: 'jobs-pass-1234',
    })
    const speaker = await post('/speakers', { _status: 'published', name: 'Client Speaker' }, token)
    const interview = await post(
      '/interviews',
      { _status: 'published', speakers: [speaker.doc.id], title: 'Read by the example client' },
      token,
    )
    const client = createBureauClient(`${server.baseUrl}/api`)
    const list = await listPublishedInterviews(client, 5)
    expect(list.docs.map(({ slug }) => slug)).toContain(interview.doc.slug)
    expect(Object.keys(list.docs[0]).sort()).toEqual(['id', 'publishedAt', 'slug', 'title'])
    const found = await interviewBySlug(client, interview.doc.slug)
    expect(found && 'interview' in found && found.interview.title).toBe(
      'Read by the example client',
    )
    const speakers = found && 'interview' in found ? found.interview.speakers : []
    expect(speakers?.map((s) => (typeof s === 'object' ? s.name : s))).toEqual(['Client Speaker'])
    expect(await interviewBySlug(client, 'no-such-interview')).toBeNull()
    const search = await findSpeakers(client, { q: 'client speak' })
    expect(search.docs.map(({ name }) => name)).toEqual(['Client Speaker'])
    await post(
      `/interviews/${interview.doc.id}`,
      { _status: 'published', slug: 'moved-interview' },
      token,
    )
    expect(await interviewBySlug(client, interview.doc.slug)).toEqual({
      redirect: 'moved-interview',
    })
  }, 60_000)

  it('should rate-limit sign-ins per client address on REST and GraphQL together, whatever X-Forwarded-For claims', async () => {
    // Alternating: Next.js builds the GraphQL schema from its own bundled copy of the config, which
    // once gave GraphQL a counter of its own (twice the attempts).
    const signIn = async (i: number): Promise<number> => {
      const headers = { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i}` }
      const email = `nobody-${i}@jobs.test`
      if (i % 2 === 0) {
        const response = await fetch(`${server.baseUrl}/api/users/login`, {
          body: JSON.stringify({ email, password: `guess-${i}` }),
          headers,
          method: 'POST',
        })
        return response.status
      }
      const response = await fetch(`${server.baseUrl}/api/graphql`, {
        body: JSON.stringify({
          query: `mutation { loginUser(email: "${email}", password: "guess-${i}") { token } }`,
        }),
        headers,
        method: 'POST',
      })
      const { errors } = await response.json()
      return errors?.[0]?.extensions?.statusCode ?? response.status
    }
    const statuses: number[] = []
    for (let i = 0; i < 10 && !statuses.includes(429); i++) statuses.push(await signIn(i))
    // Earlier tests signed in from this address three times (not counted: only failures are) and
    // failed once (the log test); LOGIN_RATE_LIMIT is 6. With a counter of its own, GraphQL's
    // two would not have counted, and the sixth attempt here (GraphQL) would have been a 401.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  }, 60_000)

  it('should shut down cleanly on SIGTERM', async () => {
    const code = await server.stop('SIGTERM')
    expect(code).toBe(0)
  }, 30_000)
})
