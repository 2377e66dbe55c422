import type { AutocannonRun } from './autocannonRun'
import type { BenchConfig } from './config'
import type { Lifecycle } from './lifecycle'
import type { Dataset } from './seed'
import { type ReadFigures, runMixedLoad, runReadRounds } from './reads'
import { checkPluginVsBare } from './sanity'
import { memoryOf } from './servers'

export type ReadPhase = {
  /** Memory of the plugin's server, MiB: after start-up, every 10 s of the mixed load, at its end. */
  memory: { atStart: number; peak: number; series: number[]; afterLoad: number }
  mixed: AutocannonRun
  reads: Map<string, ReadFigures>
  /** The plugin's server's cold start on the large database, to its first 200 (P4). */
  startMs: number
}

/**
 * P1, P3 and P4: the plugin's server and the bare one on the large database and the plugin's on the
 * small one, all three up at once; checks they differ as they should, runs the read rounds, then
 * `config.rssSeconds` of mixed reads on the plugin's server and reads its memory.
 */
export const runReadPhase = async (
  { start, stop }: Lifecycle,
  config: BenchConfig,
  { large, small }: { large: Dataset; small: Dataset },
  probePaths: string[],
): Promise<ReadPhase> => {
  const plugin = await start({ databaseUri: large.uri, label: 'plugin' })
  const bare = await start({ bare: true, databaseUri: large.uri, label: 'bare' })
  const pluginSmall = await start({ databaseUri: small.uri, label: 'plugin-small' })
  try {
    const atStart = memoryOf(plugin.pid).rssMiB
    console.log(
      `servers up: plugin ${(plugin.startMs / 1000).toFixed(1)} s, bare ` +
        `${(bare.startMs / 1000).toFixed(1)} s, plugin on small ` +
        `${(pluginSmall.startMs / 1000).toFixed(1)} s to the first 200; plugin ready (/readyz) ` +
        `${(plugin.readyMs / 1000).toFixed(1)} s`,
    )
    await checkPluginVsBare(plugin, bare, probePaths)
    console.log(
      `reads: ${config.rounds} rounds of ${config.seconds} s runs, ${config.connections} connections`,
    )
    const pluginTarget = { dataset: large, label: 'plugin', server: plugin }
    const reads = await runReadRounds(
      [
        pluginTarget,
        { bare: true, dataset: large, label: 'bare', server: bare },
        { dataset: small, label: 'plugin-small', server: pluginSmall },
      ],
      config,
    )
    console.log(`P4: ${config.rssSeconds} s of mixed reads on the plugin's server…`)
    const series: number[] = []
    const sampler = setInterval(() => series.push(memoryOf(plugin.pid).rssMiB), 10_000)
    const mixed = await runMixedLoad(pluginTarget, config, config.rssSeconds).finally(() =>
      clearInterval(sampler),
    )
    const { peakMiB, rssMiB } = memoryOf(plugin.pid)
    console.log(
      `  RSS every 10 s: ${[...series, rssMiB].map((n) => n.toFixed(0)).join(', ')} MiB; ` +
        `${mixed.rps.toFixed(0)} req/s`,
    )
    return {
      memory: { afterLoad: rssMiB, atStart, peak: peakMiB, series },
      mixed,
      reads,
      startMs: plugin.startMs,
    }
  } finally {
    await stop(plugin, bare, pluginSmall)
  }
}
