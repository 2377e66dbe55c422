import type { RoadPhase } from './roadPhase'
import { percentile } from '../load/stats'
import { ms, ratio, type Row } from './report'
import { type RoadDatabase, roadKey, roadReads } from './roadPhase'

const rps = (f: { ok: number; seconds: number }): number => f.ok / f.seconds

/**
 * P6, per database and read: Express's road over the Local API floor (≥ 0.70) and over Next.js's
 * route files (≥ 1.50), req/s with p99 beside each.
 */
export const roadRows = ({ figures }: RoadPhase): Row[] =>
  (['SQLite', 'PostgreSQL'] as RoadDatabase[]).flatMap((database) =>
    roadReads.flatMap((read) => {
      const express = figures.get(roadKey(database, 'express', read))
      const next = figures.get(roadKey(database, 'next', read))
      const floor = figures.get(roadKey(database, 'local API', read))
      if (!express || !next || !floor) return []
      const p99 = (f: typeof express) => ms(percentile(f.latencies, 99))
      const overFloor = rps(express) / rps(floor)
      const overNext = rps(express) / rps(next)
      return [
        {
          metric: `P6 ${database} ${read}: req/s Express road / Local API floor`,
          pass: overFloor >= 0.7,
          target: '≥ 0.70',
          value:
            `${ratio(overFloor)} (${rps(express).toFixed(0)} req/s, p99 ${p99(express)} / ` +
            `${rps(floor).toFixed(0)} reads/s, p99 ${p99(floor)})`,
        },
        {
          metric: `P6 ${database} ${read}: req/s Express road / Next.js route files`,
          pass: overNext >= 1.5,
          target: '≥ 1.50',
          value:
            `${ratio(overNext)} (${rps(express).toFixed(0)} req/s, p99 ${p99(express)} / ` +
            `${rps(next).toFixed(0)} req/s, p99 ${p99(next)})`,
        },
      ]
    }),
  )
