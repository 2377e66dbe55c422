import type { SearchEntry } from './types'

import { chunks } from '../../utilities/chunks'
import { createMemoryIndex, type MemoryIndex } from './memoryIndex'

/**
 * How far back the recent changes are read: longer than any write's transaction (a publish's takes
 * milliseconds, a rebuild's page seconds) and any clock difference between instances. A change
 * committed later than that is not lost: the counts then stay apart and the whole index is read
 * again.
 */
export const RECENT_MS = 60_000

/** More entries than this to read again (a rebuild's changes), and the whole index is read. */
const MAX_KEYS = 5_000

/** Entries per read of the whole index. */
const PAGE = 2_000

export type ChangeDoc = { at: number; change: string; id: number | string; keys?: null | string[] }
export type ChangeMark = Pick<ChangeDoc, 'at' | 'id'>
export type EntryDoc = { entry: SearchEntry; id: number | string; key: string }

/** What the copy reads of the index's documents (portableSearchEngine.ts). */
export type PortableStore = {
  /** The changes recorded at `at` or later (by their writers' clocks): their ids and times. */
  changesSince: (at: number) => Promise<ChangeMark[]>
  /** These changes whole (the entries they name). */
  changesOf: (ids: (number | string)[]) => Promise<ChangeDoc[]>
  /** The exact number of changes committed. */
  countChanges: () => Promise<number>
  /** Up to `limit` entries after the one with id `after`, by id. */
  entriesAfter: (after: null | number | string, limit: number) => Promise<EntryDoc[]>
  /** The entries of these keys that exist. */
  entriesOf: (keys: string[]) => Promise<EntryDoc[]>
}

/**
 * What tells two changes apart: the id with the time (SQLite gives the highest id again once its
 * row is deleted, as pruning does).
 */
const markOf = ({ at, id }: ChangeMark): string => `${id}@${at}`

type Copy = {
  /** Changes this copy holds (it may hold a few more, applied twice does no harm). */
  applied: number
  index: MemoryIndex
  /** The latest writer's time of the changes applied one by one. */
  latestAt: number
  /** The recent changes already in the copy (markOf), with their time. */
  seen: Map<string, number>
}

const readAll = async (store: PortableStore, changes: number): Promise<Copy> => {
  const startedAt = Date.now()
  // Read before the entries: a change committed meanwhile is not marked seen and is applied again.
  const recent = await store.changesSince(startedAt - RECENT_MS)
  const index = createMemoryIndex()
  for (let after: null | number | string = null; ;) {
    const docs = await store.entriesAfter(after, PAGE)
    index.put(docs.map(({ entry }) => entry))
    if (docs.length < PAGE) break
    after = docs[docs.length - 1].id
  }
  index.compact()
  return {
    applied: changes,
    index,
    latestAt: startedAt,
    seen: new Map(recent.map((mark) => [markOf(mark), mark.at])),
  }
}

/**
 * Applies the recent changes `copy` has not seen: the entries they name are read again (or gone).
 * False when they cannot be applied one by one (a collection emptied, a rebuild's many entries).
 */
const catchUp = async (store: PortableStore, copy: Copy): Promise<boolean> => {
  const marks = (await store.changesSince(copy.latestAt - RECENT_MS)).filter(
    (mark) => !copy.seen.has(markOf(mark)),
  )
  const fresh: ChangeDoc[] = []
  for (const chunk of chunks(marks, 500))
    fresh.push(...(await store.changesOf(chunk.map(({ id }) => id))))
  if (fresh.length !== marks.length) return false
  if (fresh.some(({ keys }) => !Array.isArray(keys))) return false
  const keys = [...new Set(fresh.flatMap(({ keys }) => keys as string[]))]
  if (keys.length > MAX_KEYS) return false
  const docs: EntryDoc[] = []
  for (const chunk of chunks(keys, 500)) docs.push(...(await store.entriesOf(chunk)))
  const present = new Set(docs.map(({ key }) => key))
  copy.index.remove(keys.filter((key) => !present.has(key)))
  copy.index.put(docs.map(({ entry }) => entry))
  for (const change of fresh) {
    copy.seen.set(markOf(change), change.at)
    copy.latestAt = Math.max(copy.latestAt, change.at)
  }
  copy.applied += fresh.length
  for (const [mark, at] of copy.seen) if (at < copy.latestAt - 2 * RECENT_MS) copy.seen.delete(mark)
  return true
}

/**
 * This process's copy of the portable index, brought up to date before each use: the committed
 * changes are counted, and when the count has moved the copy applies the recent changes it has
 * not seen; if the counts still differ (a change older than RECENT_MS committed late), or the
 * changes are too many, it reads the whole index again. One use at a time brings it up to date,
 * so a request started after any instance's commit sees it.
 */
export const portableCopy = (store: PortableStore): (() => Promise<MemoryIndex>) => {
  let copy: Copy | undefined
  let queue: Promise<unknown> = Promise.resolve()

  const upToDate = async (): Promise<MemoryIndex> => {
    let changes = await store.countChanges()
    if (copy?.applied === changes) return copy.index
    // Twice at most: a change committed between the count and the read of the recent ones.
    for (let round = 0; copy && round < 2; round++) {
      if (!(await catchUp(store, copy))) break
      if (copy.applied === changes) return copy.index
      changes = await store.countChanges()
      if (copy.applied === changes) return copy.index
    }
    copy = undefined
    copy = await readAll(store, changes)
    return copy.index
  }

  return () => {
    const run = queue.then(upToDate)
    queue = run.catch(() => undefined)
    return run
  }
}
