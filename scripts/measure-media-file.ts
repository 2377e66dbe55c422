/**
 * `npx tsx --conditions=production scripts/measure-media-file.ts`: what hiding the media of
 * unpublished documents costs `GET /api/media/file/<name>` for an anonymous reader, in-process
 * through the real REST handler (as test/helpers/apiClient.ts calls it), on TEST_DB (sqlite, a temp
 * file, by default; postgres at TEST_DATABASE_URI). Three read rules for media, swapped on the same
 * running Payload and measured in alternating rounds:
 *
 * - `anyone`: before the change, every file public (Payload serves it without a query);
 * - `isPublic flag`: what the app does (src/access/publicMediaOrContentTeam.ts), one indexed column
 *   next to Payload's own filename lookup;
 * - `computed set`: the alternative, the ids of the media published documents use worked out in
 *   the access function on every request (two queries) and passed as `id in (…)`.
 *
 * MEDIA_SIZES (default "200,2000") sets how many published speakers, each with its own photo, the
 * database holds (plus as many hidden images); MEDIA_REQUESTS (default 400) the requests per rule,
 * size and round. Target: the flag adds at most 3 ms to the median at every size, i.e. one lookup
 * by file name whatever the number of images (exits 1 if missed). Not part
 * of `npm test`: a speed goal belongs here, never in a timed test.
 */
import type { Access, Payload, Plugin } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { buildAppConfig } from '../src/buildAppConfig'
import { closeDatabase } from '../src/db/closeDatabase'
import { publicMediaOrContentTeam } from '../src/access/publicMediaOrContentTeam'
import { createApiClient } from '../test/helpers/apiClient'
import { createTestDatabase } from '../test/helpers/testDatabase'
import { portraitFor } from '../seed/portrait'
import { withClient } from './bench/databases'
import { printMarkdownTable } from './load/markdownTable'

type Id = number | string

const TARGET_MS = 3
const ROUNDS = 3

const sizes = (process.env.MEDIA_SIZES || '200,2000').split(',').map(Number)
const requests = Number(process.env.MEDIA_REQUESTS || 400)

/** No `payload generate:types` child process: this is not a development server. */
const noTypeGeneration: Plugin = (config) => ({
  ...config,
  typescript: { ...config.typescript, autoGenerate: false },
})

/** The alternative to the flag: the published documents' media, asked on every request. */
const computedSet: Access = async ({ req }) => {
  if (req.user) return true
  const ids = new Set<Id>()
  for (const collection of ['speakers', 'interviews'] as const) {
    const { docs } = await req.payload.db.find<{ usedMedia?: Id[] }>({
      collection,
      limit: 0,
      pagination: false,
      req,
      select: { usedMedia: true },
      where: { _status: { equals: 'published' } },
    })
    for (const doc of docs) for (const id of doc.usedMedia ?? []) ids.add(id)
  }
  return { id: { in: [...ids] } }
}

const rules: Record<string, Access> = {
  anyone: () => true,
  'isPublic flag': publicMediaOrContentTeam,
  'computed set': computedSet,
}

/** `count` published speakers with a photo each, and as many hidden images, by database calls. */
const fill = async (payload: Payload, from: number, count: number): Promise<void> => {
  const sizesFor = (name: string) =>
    Object.fromEntries(
      ['thumbnail', 'card'].map((size) => [size, { filename: `${name}-${size}.png`, width: 300 }]),
    )
  for (let i = from; i < from + count; i++) {
    for (const isPublic of [true, false]) {
      const name = `${isPublic ? 'speaker' : 'hidden'}-${i}`
      const photo = await payload.db.create({
        collection: 'media',
        data: {
          alt: `Portrait of ${name}`,
          filename: `${name}.png`,
          filesize: 1000,
          height: 800,
          isPublic,
          mimeType: 'image/png',
          sizes: sizesFor(name),
          width: 800,
        },
      })
      await payload.db.create({
        collection: 'speakers',
        data: {
          _status: isPublic ? 'published' : 'draft',
          name,
          photo: photo.id,
          reviewState: isPublic ? 'approved' : 'draft',
          slug: name,
          usedMedia: [photo.id],
        },
      })
    }
  }
}

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

const main = async (): Promise<void> => {
  const database = await createTestDatabase({ isFile: true })
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-measure-'))
  const config = buildAppConfig({
    dataDir,
    db: database.adapter,
    origins: ['http://localhost:3000'],
    plugins: [noTypeGeneration],
    secret: 'measure-secret-not-for-production',
    serverURL: 'http://localhost:3000',
  })
  const payload = await getPayload({ config })
  const api = createApiClient(config)
  const rows: Record<string, string>[] = []
  let isTargetMissed = false
  try {
    // One real upload, shown by a published speaker: the file every request asks for.
    const data = await portraitFor('Measured Speaker')
    const probe = await payload.create({
      collection: 'media',
      data: { alt: 'Portrait of Measured Speaker' },
      file: { data, mimetype: 'image/png', name: 'measured-speaker.png', size: data.length },
    })
    await payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Measured Speaker', photo: probe.id },
    })
    const path = `/media/file/${probe.filename}`
    const access = payload.collections.media.config.access
    let filled = 0
    for (const size of sizes) {
      await fill(payload, filled, size - filled)
      filled = size
      const latencies = new Map<string, number[]>(Object.keys(rules).map((name) => [name, []]))
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? Object.keys(rules) : Object.keys(rules).reverse()
        for (const name of order) {
          access.read = rules[name]
          for (let i = 0; i < 100; i++) await (await api.get(path)).arrayBuffer() // warm-up
          for (let i = 0; i < requests; i++) {
            const started = performance.now()
            const response = await api.get(path)
            await response.arrayBuffer()
            if (response.status !== 200)
              throw new Error(`${name}: ${path} answered ${response.status}`)
            latencies.get(name)!.push(performance.now() - started)
          }
        }
      }
      const median = (name: string) =>
        quantile(
          [...latencies.get(name)!].sort((a, b) => a - b),
          0.5,
        )
      for (const [name, values] of latencies) {
        const sorted = [...values].sort((a, b) => a - b)
        const overhead = median(name) - median('anyone')
        if (name === 'isPublic flag' && overhead > TARGET_MS) isTargetMissed = true
        rows.push({
          'published speakers': String(size),
          'media rows': String(2 * size + 1),
          rule: name,
          'p50 ms': quantile(sorted, 0.5).toFixed(2),
          'p95 ms': quantile(sorted, 0.95).toFixed(2),
          'req/s': (1000 / (values.reduce((a, b) => a + b, 0) / values.length)).toFixed(0),
          'p50 over anyone':
            name === 'anyone' ? '' : `${overhead >= 0 ? '+' : ''}${overhead.toFixed(2)} ms`,
        })
      }
      access.read = publicMediaOrContentTeam
    }
  } finally {
    await closeDatabase(payload).catch(() => undefined)
    await database.drop()
    // A test database on PostgreSQL is left for Jest's global teardown: this is not Jest.
    if (database.kind === 'postgres') {
      const name = new URL(database.uri).pathname.slice(1)
      const admin = process.env.TEST_DATABASE_URI || 'postgres://postgres@127.0.0.1:5432/postgres'
      await withClient(admin, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      )
    }
    fs.rmSync(dataDir, { force: true, recursive: true })
  }
  console.log(
    `\nGET /api/media/file/<name>, anonymous, ${database.kind}, ${requests} requests x ${ROUNDS} ` +
      `alternating rounds per rule, one at a time, in-process (${os.cpus().length} cores, node ${process.version})\n`,
  )
  printMarkdownTable(
    Object.keys(rows[0]),
    rows.map((row) => Object.values(row)),
  )
  console.log(
    `\ntarget: the isPublic flag adds at most ${TARGET_MS} ms to the median: ${isTargetMissed ? 'MISSED' : 'met'}`,
  )
  process.exit(isTargetMissed ? 1 : 0)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err))
  process.exit(1)
})
