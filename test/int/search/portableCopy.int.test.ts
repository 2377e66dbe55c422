import { describe, expect, it } from '@jest/globals'

import { buildSearchEntry } from '../../../src/search/buildSearchEntry'
import { createMemoryIndex, keyOf } from '../../../src/search/engine/memoryIndex'
import {
  type ChangeDoc,
  type EntryDoc,
  portableCopy,
  type PortableStore,
  RECENT_MS,
} from '../../../src/search/engine/portableCopy'
import type { SearchPlan } from '../../../src/search/engine/types'

import { planFor } from './oneWordPlan'

/**
 * The copy's decisions against a store held in memory (the real documents' store is exercised by
 * portableIndex.int.test.ts, two instances on one database): which reads each change costs, and
 * that what it answers is always what the store holds.
 */
const fakeStore = () => {
  const entries = new Map<string, EntryDoc>()
  const changes: ChangeDoc[] = []
  const reads = { all: 0, keys: [] as string[] }
  let nextId = 1
  const store: PortableStore = {
    changesOf: async (ids) => changes.filter((change) => ids.includes(change.id)),
    changesSince: async (at) =>
      changes.filter((change) => change.at >= at).map(({ at, id }) => ({ at, id })),
    countChanges: async () => changes.length,
    entriesAfter: async (after, limit) => {
      if (after === null) reads.all++
      return [...entries.values()]
        .filter(({ id }) => after === null || Number(id) > Number(after))
        .slice(0, limit)
    },
    entriesOf: async (keys) => {
      reads.keys.push(...keys)
      return keys.flatMap((key) => entries.get(key) ?? [])
    },
  }
  const publish = (docId: string, name: string, at = Date.now()) => {
    const entry = buildSearchEntry(
      'speakers',
      { id: docId, name },
      { speakerNames: [], topicIds: [] },
    )
    const key = keyOf('speakers', docId)
    entries.set(key, { entry, id: entries.get(key)?.id ?? nextId++, key })
    changes.push({ at, change: 'put', id: changes.length + 1, keys: [key] })
  }
  const unpublish = (docId: string) => {
    const key = keyOf('speakers', docId)
    entries.delete(key)
    changes.push({ at: Date.now(), change: 'remove', id: changes.length + 1, keys: [key] })
  }
  const clear = () => {
    entries.clear()
    changes.push({ at: Date.now(), change: 'clear', id: changes.length + 1, keys: null })
  }
  return { clear, publish, reads, store, unpublish }
}

describe('the portable index’s copy in memory', () => {
  it('should read everything once, then only the entries each new change names', async () => {
    const { publish, reads, store, unpublish } = fakeStore()
    publish('1', 'Aurelia Quist')
    publish('2', 'Bram Quist')
    const copy = portableCopy(store)
    const found = async (word: string) => (await copy()).search(planFor(word)).docIds
    expect(await found('quist')).toEqual(['1', '2'])
    expect(reads.all).toBe(1)
    publish('3', 'Cosima Quist')
    publish('1', 'Aurelia Renamed')
    unpublish('2')
    expect(await found('quist')).toEqual(['3'])
    expect(await found('renamed')).toEqual(['1'])
    expect(reads.all).toBe(1)
    expect(reads.keys.sort()).toEqual(['speakers:1', 'speakers:2', 'speakers:3'])
    // Nothing new: nothing read but the count.
    await found('quist')
    expect(reads.keys).toHaveLength(3)
  })

  it('should read everything again when a change committed later than the recent window', async () => {
    const { publish, reads, store } = fakeStore()
    publish('1', 'Aurelia Quist')
    const copy = portableCopy(store)
    expect((await copy()).search(planFor('quist')).docIds).toEqual(['1'])
    // Written long before it committed: the recent changes do not hold it, the count does.
    publish('2', 'Late Quist', Date.now() - 2 * RECENT_MS)
    expect((await copy()).search(planFor('quist')).docIds).toEqual(['1', '2'])
    expect(reads.all).toBe(2)
  })

  it('should read everything again after a collection was emptied', async () => {
    const { clear, publish, reads, store } = fakeStore()
    publish('1', 'Aurelia Quist')
    const copy = portableCopy(store)
    expect((await copy()).search(planFor('quist')).docIds).toEqual(['1'])
    clear()
    publish('2', 'Bram Quist')
    expect((await copy()).search(planFor('quist')).docIds).toEqual(['2'])
    expect(reads.all).toBe(2)
  })

  it('should keep untouched entries findable while rewritten ones leave dead slots to sweep', () => {
    const entry = (id: string, name: string) =>
      buildSearchEntry('speakers', { id, name }, { speakerNames: [], topicIds: [] })
    const index = createMemoryIndex()
    index.put(['1', '2', '3', '4', '5', '6', '7', '8'].map((id) => entry(id, `Steady ${id}`)))
    for (let round = 0; round < 60; round++)
      index.put(['a', 'b', 'c', 'd', 'e'].map((id) => entry(id, `Busy ${id} ${round}`)))
    index.remove([keyOf('speakers', 'e')])
    const found = (word: string) => index.search({ ...planFor(word), limit: 50 }).docIds.sort()
    expect(found('steady')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(found('busy')).toEqual(['a', 'b', 'c', 'd'])
    expect(found('59')).toEqual(['a', 'b', 'c', 'd'])
    expect(found('58')).toEqual([])
    expect(index.size()).toEqual({ interviews: 0, speakers: 12 })
  })

  it('should keep every entry’s filters and facet values through sweeps of rewritten ones', () => {
    // Each entry's topics, languages and fee band live in columns whose codes are packed again at
    // a sweep: a steady entry written first must keep its own after its neighbours' rewrites.
    const entry = (id: string, topic: string, language: string, feeBand: string) =>
      buildSearchEntry(
        'speakers',
        { feeBand, id, languages: [language], name: `Colum ${id}` },
        { speakerNames: [], topicIds: [topic] },
      )
    const index = createMemoryIndex()
    for (let round = 0; round < 80; round++) {
      // Written after dead codes and before later sweeps: they move in the pool.
      if (round === 30)
        index.put([entry('1', 't1', 'en', 'under_5k'), entry('2', 't2', 'zh', '5k_10k')])
      index.put(['a', 'b', 'c'].map((id) => entry(id, `t${3 + (round % 4)}`, 'fr', '10k_20k')))
    }
    const search = (filters: SearchPlan['filters']) =>
      index.search({
        ...planFor('colum'),
        facets: ['topics', 'languages', 'feeBands'],
        filters,
        limit: 50,
      })
    const all = search({})
    expect(all.docIds.sort()).toEqual(['1', '2', 'a', 'b', 'c'])
    expect(Object.fromEntries(all.facets.topics ?? [])).toEqual({ t1: 1, t2: 1, t6: 3 })
    expect(Object.fromEntries(all.facets.languages ?? [])).toEqual({ en: 1, fr: 3, zh: 1 })
    expect(Object.fromEntries(all.facets.feeBands ?? [])).toEqual({
      '10k_20k': 3,
      '5k_10k': 1,
      under_5k: 1,
    })
    expect(search({ topicIds: ['t2'] }).docIds).toEqual(['2'])
    expect(search({ languages: ['en'] }).docIds).toEqual(['1'])
    expect(search({ feeBands: ['10k_20k'] }).docIds.sort()).toEqual(['a', 'b', 'c'])
    expect(search({ topicIds: ['t5'] }).docIds).toEqual([])
  })

  it('should answer what the store holds after any run of changes, one search at a time or many', async () => {
    const { publish, store, unpublish } = fakeStore()
    const copy = portableCopy(store)
    const held = new Map<string, string>()
    let seed = 7
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n
    for (let round = 0; round < 150; round++) {
      for (let k = random(4); k > 0; k--) {
        const id = String(1 + random(12))
        if (random(3) === 0) {
          unpublish(id)
          held.delete(id)
        } else {
          const name = `${['Quist', 'Vale'][random(2)]} ${id}`
          publish(id, name)
          held.set(id, name)
        }
      }
      const [a, b] = await Promise.all([copy(), copy()])
      expect(a).toBe(b)
      const expected = [...held].filter(([, name]) => name.startsWith('Quist')).map(([id]) => id)
      expect(new Set(a.search({ ...planFor('quist'), limit: 50 }).docIds)).toEqual(
        new Set(expected),
      )
    }
  })
})
