import type { BenchConfig } from './config'
import type { NextRequest } from './autocannonRun'
import type { Dataset } from './seed'
import type { BenchServer } from './servers'
import { runLoad } from './autocannonRun'

export type ReadTarget = {
  /** The bare Payload: it runs only the endpoints P1 compares. */
  bare?: boolean
  dataset: Dataset
  label: string
  server: BenchServer
}

export type ReadEndpoint = {
  /** The documents it reads, whose numbers P3 compares. */
  documents: 'interviews' | 'speakers'
  /** P1 compares it with the bare server, and P3 judges its ratio; else P3 reports it only. */
  judged: boolean
  label: string
  /** A request generator drawing from `random` (the same sequence on every server). */
  requests: (dataset: Dataset, random: () => number) => NextRequest
}

const pick = (random: () => number, n: number): number => 1 + Math.floor(random() * n)

/** A topic's newest documents, with Payload's `totalDocs` count (paginated) or without it. */
const ofTopic =
  (collection: 'interviews' | 'speakers', paginated: boolean) =>
  (dataset: Dataset, random: () => number) =>
  () => ({
    path:
      `/api/${collection}?where[topics][in]=${pick(random, dataset.topics)}` +
      (collection === 'speakers'
        ? '&limit=20&select[name]=true&select[slug]=true'
        : '&limit=12&select[title]=true&select[slug]=true&select[publishedAt]=true') +
      (paginated ? '' : '&pagination=false'),
  })

/**
 * The public reads: P1 and P3 judge a speaker page by slug and a topic's list of 20 speakers (the
 * issue's two); P3 also reports that list without Payload's `totalDocs` count (`pagination=false`),
 * and a topic's 12 newest interviews (the largest table) with and without it.
 */
export const readEndpoints: ReadEndpoint[] = [
  {
    documents: 'speakers',
    judged: true,
    label: 'slug lookup',
    requests: (dataset, random) => () => ({
      path: `/api/speakers/by-slug/speaker-${pick(random, dataset.speakers)}?depth=1`,
    }),
  },
  { documents: 'speakers', judged: true, label: 'topic list', requests: ofTopic('speakers', true) },
  {
    documents: 'speakers',
    judged: false,
    label: 'topic list, pagination=false',
    requests: ofTopic('speakers', false),
  },
  {
    documents: 'interviews',
    judged: false,
    label: 'interviews of a topic',
    requests: ofTopic('interviews', true),
  },
  {
    documents: 'interviews',
    judged: false,
    label: 'interviews of a topic, pagination=false',
    requests: ofTopic('interviews', false),
  },
]

/** The endpoints `target` runs. */
const endpointsFor = (target: ReadTarget): ReadEndpoint[] =>
  target.bare ? readEndpoints.filter(({ judged }) => judged) : readEndpoints

/** A small seeded PRNG (mulberry32), so every server gets the same requests in the same order. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type ReadFigures = { failed: number; latencies: number[]; ok: number; seconds: number }

/** Adds one run's figures to those already under `key`. */
export const addFigures = (
  figures: Map<string, ReadFigures>,
  key: string,
  result: ReadFigures,
): void => {
  const f = figures.get(key) ?? { failed: 0, latencies: [], ok: 0, seconds: 0 }
  f.failed += result.failed
  f.latencies.push(...result.latencies)
  f.ok += result.ok
  f.seconds += result.seconds
  figures.set(key, f)
}

export const figureKey = (target: string, endpoint: string): string => `${target} · ${endpoint}`

/**
 * Every endpoint on every server for `config.seconds` with `config.connections` connections, one
 * server at a time, `config.rounds` times, the order of the servers reversed every other round
 * (after one warm-up run each, not counted). Figures per server and endpoint, all rounds together.
 */
export const runReadRounds = async (
  targets: ReadTarget[],
  config: BenchConfig,
): Promise<Map<string, ReadFigures>> => {
  const figures = new Map<string, ReadFigures>()
  const run = async (target: ReadTarget, endpoint: ReadEndpoint, seed: number, seconds: number) =>
    runLoad({
      baseUrl: target.server.baseUrl,
      connections: config.connections,
      next: endpoint.requests(target.dataset, seededRandom(seed)),
      seconds,
    })
  for (const target of targets)
    for (const endpoint of endpointsFor(target))
      await run(target, endpoint, 1, Math.min(3, config.seconds))
  for (let round = 0; round < config.rounds; round++) {
    const order = round % 2 === 0 ? targets : [...targets].reverse()
    for (const [e, endpoint] of readEndpoints.entries()) {
      const line: string[] = []
      for (const target of order) {
        if (!endpointsFor(target).includes(endpoint)) continue
        const result = await run(target, endpoint, 1000 * round + e + 2, config.seconds)
        addFigures(figures, figureKey(target.label, endpoint.label), result)
        line.push(`${target.label} ${result.rps.toFixed(0)} req/s`)
      }
      console.log(`  round ${round + 1} ${endpoint.label}: ${line.join(', ')}`)
    }
  }
  return figures
}

/**
 * `seconds` of both endpoints mixed (each request drawn at random) on one server: the load before
 * its memory is read (P4).
 */
export const runMixedLoad = async (target: ReadTarget, config: BenchConfig, seconds: number) => {
  const random = seededRandom(7)
  const generators = readEndpoints.map((endpoint) => endpoint.requests(target.dataset, random))
  return runLoad({
    baseUrl: target.server.baseUrl,
    connections: config.connections,
    next: () => generators[Math.floor(random() * generators.length)](),
    seconds,
  })
}
