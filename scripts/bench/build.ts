import fs from 'node:fs'
import path from 'node:path'

import { buildInto } from '../load/servers'

/** The bench's own production build (so it never rebuilds `.next` under a running `npm start`). */
export const benchDistDir = process.env.BENCH_NEXT_DIST_DIR || '.next-bench'

/** What the Next.js build is made from. */
const sources = ['src', 'collections', 'hooks', 'next.config.mjs', 'package-lock.json']

const newestMtime = (entry: string, depth = 0): number => {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory() || depth > 12) return stat.mtimeMs
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name), depth + 1)),
  )
}

/** Runs `npm run build` into benchDistDir unless a build newer than every source file is there. */
export const ensureFreshBuild = (): { builtInS: number } => {
  const buildId = path.join(benchDistDir, 'BUILD_ID')
  const builtAt = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0
  if (builtAt > Math.max(...sources.map((entry) => newestMtime(entry)))) return { builtInS: 0 }
  console.log(`production build into ${benchDistDir} (missing or older than the sources)…`)
  const started = performance.now()
  buildInto(benchDistDir)
  return { builtInS: (performance.now() - started) / 1000 }
}
