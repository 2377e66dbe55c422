import type { DatabaseAdapterObj } from 'payload'

/** Adapter methods that read (what a query of the API costs the database). */
const READS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
] as const

export type ReadSpy = {
  /** Milliseconds each read waits before it runs (0: none), to make a request slow. */
  delayMs: number
  /** What each read since the last reset read (its collection, or the method for the others). */
  readOf?: string[]
  /** Reads started since the last reset. */
  reads: number
}

/**
 * The adapter with every read counted (and optionally slowed): `bootPayload({ adapterFor: (db) =>
 * spyOnReads(db.adapter, spy) })`. Counts what reaches the database, whatever the adapter.
 */
export const spyOnReads = (adapterObj: DatabaseAdapterObj, spy: ReadSpy): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const methods = adapter as unknown as Record<string, unknown>
    for (const name of READS) {
      const original = methods[name]
      if (typeof original !== 'function') continue
      methods[name] = async function (this: unknown, ...rest: unknown[]) {
        spy.reads++
        const [args] = rest as [{ collection?: string } | undefined]
        spy.readOf?.push(args?.collection ?? name)
        if (spy.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, spy.delayMs))
        return original.apply(this, rest)
      }
    }
    return adapter
  },
})
