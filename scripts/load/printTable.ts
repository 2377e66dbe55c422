import type { Figures } from './scenario'

import { printMarkdownTable } from './markdownTable'

const columns: [string, (f: Figures & { isExact: boolean }) => string][] = [
  ['run', (f) => f.scenario],
  ['instances', (f) => String(f.instances)],
  ['201s', (f) => `${f.ok201}/${f.requests}`],
  ['429s', (f) => String(f.ok429)],
  ['p50 ms', (f) => f.p50.toFixed(0)],
  ['p95 ms', (f) => f.p95.toFixed(0)],
  ['stored', (f) => String(f.stored)],
  ['staff mails', (f) => String(f.staffMails)],
  ['bookings mailed', (f) => String(f.mailedBookings)],
  ['duplicates', (f) => String(f.duplicates)],
  ['all mailed after', (f) => `${f.mailedAfterS.toFixed(1)} s`],
  ['stuck DB conns', (f) => String(f.stuck)],
  ['healthz', (f) => (f.unhealthy ? `${f.unhealthy} silent` : 'ok')],
  ['result', (f) => (f.isExact ? 'OK' : 'NOT EXACT')],
]

/** One Markdown-style table, one row per run. */
export const printTable = (rows: (Figures & { isExact: boolean })[]): void =>
  printMarkdownTable(
    columns.map(([title]) => title),
    rows.map((r) => columns.map(([, get]) => get(r))),
  )
