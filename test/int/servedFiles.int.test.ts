import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { countingStream } from '../helpers/countingStream'
import { rawRequest } from '../helpers/rawHttp'
import { spawnServer, type SpawnedServer, waitForStatus } from '../helpers/spawnServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>'

/**
 * Headers and body caps as a browser meets them, through the real Express server and Next.js: an
 * uploaded file is served with a sandbox policy only (helmet's admin policy would have let an SVG's
 * inline script run on this origin), nothing says X-Powered-By, and a chunked body over the cap is
 * refused whatever spelling of the API path it is sent to.
 */
describe('served files and bodies (development server, real Express process)', () => {
  let database: TestDatabase
  let server: SpawnedServer
  let editorToken: string
  let filename: string

  const call = async (urlPath: string, init: RequestInit & { token?: string } = {}) => {
    const { token, ...rest } = init
    const headers = new Headers(rest.headers)
    if (token) headers.set('authorization', `JWT ${token}`)
    if (typeof rest.body === 'string') headers.set('content-type', 'application/json')
    return fetch(`${server.baseUrl}${urlPath}`, { ...rest, headers })
  }

  beforeAll(async () => {
    database = await createTestDatabase({ isFile: true })
    server = await spawnServer({
      DATABASE_URI: database.uri,
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'sb-files-')),
      JOBS_AUTORUN: 'false',
      NODE_ENV: 'development',
      SEED_ON_START: 'false',
    })
    await waitForStatus(server, '/api/users/me', { timeoutMs: 170_000 })
    const admin = { email: 'admin@files.test', password: 'files-pass-1234' }
    expect(
      (
        await call('/api/users/first-register', {
          body: JSON.stringify({ ...admin, name: 'Ada Admin' }),
          method: 'POST',
        })
      ).status,
    ).toBe(200)
    const { token } = await (
      await call('/api/users/login', { body: JSON.stringify(admin), method: 'POST' })
    ).json()
    const editor = { email: 'editor@files.test', password: 'files-pass-1234' }
    await call('/api/users', {
      body: JSON.stringify({ ...editor, name: 'Erin Editor', roles: ['editor'] }),
      method: 'POST',
      token,
    })
    editorToken = (
      await (
        await call('/api/users/login', { body: JSON.stringify(editor), method: 'POST' })
      ).json()
    ).token
    const form = new FormData()
    form.append('file', new Blob([SVG], { type: 'image/svg+xml' }), 'badge.svg')
    form.append('_payload', JSON.stringify({ alt: 'A red square' }))
    const upload = await call('/api/media', { body: form, method: 'POST', token: editorToken })
    expect(upload.status).toBe(201)
    filename = (await upload.json()).doc.filename
  }, 240_000)

  afterAll(async () => {
    await server?.stop('SIGKILL')
    await database?.drop()
  })

  it.each([['/api/media/file/%s'], ['/api/%6Dedia/file/%s'], ['/api/media/file/%s?download=1']])(
    'should serve an uploaded SVG at %s with only the sandbox policy',
    async (spelling) => {
      const response = await call(spelling.replace('%s', encodeURIComponent(filename)), {
        token: editorToken,
      })
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('<svg')
      // One policy: fetch would join a second Content-Security-Policy header with ", ".
      expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-powered-by')).toBeNull()
    },
  )

  // The admin page's headers are checked where its (20 s) first compile is paid already: server.int.
  it('should keep the admin policy on everything else, and say nothing of what powers it', async () => {
    const api = await call('/api/users/me')
    expect(api.headers.get('x-powered-by')).toBeNull()
    expect(api.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('should refuse a chunked body over 1 MB sent to /api/%73peakers, reading no further', async () => {
    const { state, stream: body } = countingStream(1024) // 64 MB
    const response = await fetch(`${server.baseUrl}/api/%73peakers`, {
      body,
      duplex: 'half',
      headers: { authorization: `JWT ${editorToken}`, 'content-type': 'application/json' },
      method: 'POST',
    } as RequestInit)
    expect(response.status).toBe(413)
    // The kernel's socket buffers take in up to ~9 MB on loopback; never the whole body.
    expect(state.pulled).toBeLessThan(16 * 1024 * 1024)
  }, 60_000)

  it('should refuse a Content-Length over the cap on any path before reading it', async () => {
    for (const urlPath of ['/api/%73peakers', '/admin', '/anything']) {
      // Headers first: the server answers 413 at once and closes, and a body already on its way
      // could reset the connection before the answer is read.
      const { status } = await rawRequest({
        baseUrl: server.baseUrl,
        body: 'x'.repeat(2 * 1024 * 1024),
        path: urlPath,
        waitBeforeBodyMs: 2_000,
      })
      expect({ status, urlPath }).toEqual({ status: 413, urlPath })
    }
  }, 60_000)
})
