import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BenchConfig } from './config'
import type { Lifecycle } from './lifecycle'
import { runLoad } from './autocannonRun'
import { startFloorProcess } from './floorProcess'
import { addFigures, figureKey, type ReadFigures, seededRandom } from './reads'
import { seedAppData } from './seedAppData'
import { BENCH_SECRET, type BenchServer } from './servers'

export type RoadDatabase = 'PostgreSQL' | 'SQLite'
export type RoadRead = 'slug lookup' | 'topic list'
/** The roads to the same read: Express straight to Payload, Next.js's route files, the Local API. */
export type Road = 'express' | 'local API' | 'next'

export const roadReads: RoadRead[] = ['slug lookup', 'topic list']
export const roads: Road[] = ['express', 'next', 'local API']

export type RoadPhase = { figures: Map<string, ReadFigures> }

export const roadKey = (database: RoadDatabase, road: Road, read: RoadRead): string =>
  figureKey(`${database} ${road}`, read)

type Sample = { slugs: string[]; topics: (number | string)[] }

type Target = {
  road: Road
  run: (read: RoadRead, seed: number, seconds: number) => Promise<ReadFigures>
}

/** A fresh database of `kind`, migrated and seeded with the app's seed data (`npm run seed`). */
const seededDatabase = async (
  { databases, onCleanUp }: Lifecycle,
  kind: RoadDatabase,
): Promise<string> => {
  let uri: string
  if (kind === 'PostgreSQL') uri = databases.uriOf(await databases.create('road'))
  else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-road-'))
    onCleanUp(async () => fs.rmSync(dir, { force: true, recursive: true }))
    uri = `file:${path.join(dir, 'road.db')}`
  }
  seedAppData(uri)
  return uri
}

/** The seeded speakers' slugs and the topics they are listed under, read from the API. */
const sampleOf = async (server: BenchServer): Promise<Sample> => {
  const response = await fetch(
    `${server.baseUrl}/api/speakers?limit=1000&depth=0&select[slug]=true&select[topics]=true`,
  )
  const { docs } = (await response.json()) as {
    docs: { slug: string; topics?: (number | string)[] }[]
  }
  const topics = [...new Set(docs.flatMap((doc) => doc.topics ?? []))]
  if (docs.length === 0 || topics.length === 0) throw new Error('the seed data has no speakers')
  return { slugs: docs.map((doc) => doc.slug), topics }
}

const pathOf = (read: RoadRead, sample: Sample, random: () => number): string => {
  const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)]
  return read === 'slug lookup'
    ? `/api/speakers/by-slug/${encodeURIComponent(pick(sample.slugs))}?depth=1`
    : `/api/speakers?where[topics][in]=${pick(sample.topics)}&limit=20&select[name]=true` +
        '&select[slug]=true'
}

const serverTarget = (
  road: Road,
  server: BenchServer,
  sample: Sample,
  config: BenchConfig,
): Target => ({
  road,
  run: async (read, seed, seconds) => {
    const random = seededRandom(seed)
    return runLoad({
      baseUrl: server.baseUrl,
      connections: config.connections,
      next: () => ({ path: pathOf(read, sample, random) }),
      seconds,
    })
  },
})

/**
 * P6 on one database: the production server with the API on Express's road, the same build with
 * API_ROAD=next (through Next.js's route files, stock Payload's road), and the Local API in a process
 * of its own (the floor), on the same seeded data; `config.rounds` rounds of both reads, the order of
 * the three reversed every other round, after one warm-up run each.
 */
const runOnDatabase = async (
  lifecycle: Lifecycle,
  config: BenchConfig,
  kind: RoadDatabase,
  figures: Map<string, ReadFigures>,
): Promise<void> => {
  const uri = await seededDatabase(lifecycle, kind)
  const express = await lifecycle.start({ databaseUri: uri, label: `${kind} express` })
  const next = await lifecycle.start({
    databaseUri: uri,
    env: { API_ROAD: 'next' },
    label: `${kind} next`,
  })
  const floorDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-floor-'))
  const floor = await startFloorProcess({
    DATA_DIR: floorDataDir,
    DATABASE_URI: uri,
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    PAYLOAD_SECRET: BENCH_SECRET,
    PUBLIC_SERVER_URL: express.baseUrl,
  })
  try {
    const sample = await sampleOf(express)
    const targets: Target[] = [
      serverTarget('express', express, sample, config),
      serverTarget('next', next, sample, config),
      {
        road: 'local API',
        run: async (read, seed, seconds) =>
          floor.run({ concurrency: config.connections, read, seconds, seed, ...sample }),
      },
    ]
    console.log(
      `P6 on ${kind} (${sample.slugs.length} speakers, ${sample.topics.length} topics): ` +
        `${config.rounds} rounds of ${config.seconds} s, ${config.connections} connections`,
    )
    for (const target of targets)
      for (const read of roadReads) await target.run(read, 1, Math.min(3, config.seconds))
    for (let round = 0; round < config.rounds; round++) {
      const order = round % 2 === 0 ? targets : [...targets].reverse()
      for (const [r, read] of roadReads.entries()) {
        const line: string[] = []
        for (const target of order) {
          const result = await target.run(read, 1000 * round + r + 2, config.seconds)
          addFigures(figures, roadKey(kind, target.road, read), result)
          line.push(`${target.road} ${(result.ok / result.seconds).toFixed(0)}/s`)
        }
        console.log(`  round ${round + 1} ${read}: ${line.join(', ')}`)
      }
    }
  } finally {
    await floor.stop()
    fs.rmSync(floorDataDir, { force: true, recursive: true })
    await lifecycle.stop(express, next)
  }
}

/** P6 on SQLite, then on PostgreSQL. */
export const runRoadPhase = async (
  lifecycle: Lifecycle,
  config: BenchConfig,
): Promise<RoadPhase> => {
  const figures = new Map<string, ReadFigures>()
  for (const kind of ['SQLite', 'PostgreSQL'] as const)
    await runOnDatabase(lifecycle, config, kind, figures)
  return { figures }
}
