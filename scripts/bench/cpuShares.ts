import type { Profiler } from 'node:inspector'

/** What a sample of a CPU profile was spent on, as issue 21's closing note asks: adapter, Payload, JSON, hashing… */
const CATEGORIES: [name: string, test: (url: string, fn: string) => boolean][] = [
  ['garbage collection', (url, fn) => fn === '(garbage collector)'],
  ['idle', (url, fn) => fn === '(idle)' || fn === '(program)'],
  [
    'JSON (parse, stringify)',
    (url, fn) => !url && /^(parse|stringify|JSONParse|JSONStringify)$/.test(fn),
  ],
  [
    'socket writes and reads (kernel)',
    (url, fn) => !url && /^(writev|writeBuffer|writeUtf8String|writeLatin1String)$/.test(fn),
  ],
  ['hashing (ETag)', (url) => url.startsWith('node:internal/crypto')],
  ['SQLite driver (libsql)', (url) => /node_modules\/(@libsql|libsql)\//.test(url)],
  [
    'PostgreSQL driver (pg)',
    (url) => /node_modules\/(pg|pg-pool|pg-protocol|pg-types)\//.test(url),
  ],
  [
    'query building (drizzle)',
    (url) =>
      /node_modules\/(drizzle-orm|@payloadcms\/drizzle|@payloadcms\/db-[a-z]+|to-[a-z]+-case)\//.test(
        url,
      ),
  ],
  // Before Payload's: Express's router has a path-to-regexp of its own (under node_modules/router/).
  [
    'Express (router, helmet, middleware)',
    (url) =>
      /node_modules\/(express|router|helmet|send|finalhandler|parseurl|forwarded|proxy-addr|on-finished)\//.test(
        url,
      ),
  ],
  [
    'Payload (REST, operations, hooks, qs)',
    (url) =>
      /node_modules\/(payload|@payloadcms\/next|qs-esm|dataloader|path-to-regexp)\//.test(url),
  ],
  [
    'WHATWG Request/Response/streams (undici)',
    (url) =>
      /^node:internal\/(deps\/undici|webstreams|event_target|abort_controller|url)/.test(url),
  ],
  [
    'Node HTTP and streams',
    (url) =>
      /^node:(_http|net|internal\/streams|internal\/stream_base|events|internal\/http)/.test(url),
  ],
  [
    'our code (src/, hooks/, collections/)',
    (url) => /\/(src|hooks|collections)\//.test(url) && !url.includes('node_modules'),
  ],
]

/** Each category's share (0–1) of a profile's non-idle samples, largest first ("other" last). */
export const cpuShares = (profile: Profiler.Profile): [string, number][] => {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const sums = new Map<string, number>()
  const deltas = profile.timeDeltas ?? []
  const parents = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id)
  /** A frame's category; a native one (no URL: libsql's statements, V8 builtins) counts as its caller's. */
  const categoryOf = (id: number): string => {
    const { functionName, url } = nodes.get(id)!.callFrame
    if (url.startsWith('node:inspector')) return 'idle'
    const category = CATEGORIES.find(([, test]) => test(url, functionName))?.[0]
    if (category) return category
    const parent = parents.get(id)
    return !url && parent !== undefined ? categoryOf(parent) : 'other'
  }
  for (const [i, id] of (profile.samples ?? []).entries()) {
    const category = categoryOf(id)
    sums.set(category, (sums.get(category) ?? 0) + (deltas[i] ?? 0))
  }
  sums.delete('idle')
  const total = [...sums.values()].reduce((sum, value) => sum + value, 0)
  return [...sums]
    .map(([name, value]): [string, number] => [name, value / total])
    .sort((a, b) => (a[0] === 'other' ? 1 : b[0] === 'other' ? -1 : b[1] - a[1]))
}
