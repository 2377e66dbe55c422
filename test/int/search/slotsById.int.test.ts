import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { SlotsById } from '../../../src/search/engine/slotsById'

type Step = { id: number; kind: 'delete' } | { id: number; kind: 'set' }

/** Few distinct ids, so that sets replace, deletes hit, and probes collide and wrap. */
const step: fc.Arbitrary<Step> = fc.record({
  id: fc.nat(3_000),
  kind: fc.constantFrom('set' as const, 'set' as const, 'delete' as const),
})

/**
 * The search index's document id → slot table (slotsById.ts), a hash table in typed arrays that
 * reads ids back from the slots: through any run of writes and removals (with growth), it answers
 * as a Map would, as the index uses it (a slot is written once, with its id, before it is recorded).
 */
describe('the portable index’s slots by document id', () => {
  it('should answer as a Map through any run of writes and removals', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 3_000, minLength: 1_000 }),
        fc.boolean(),
        (steps, objectIds) => {
          // SQL ids are numbers, MongoDB's hexadecimal ObjectIds: both spellings.
          const idText = (id: number) =>
            objectIds ? `65f0c1a2b3c4d5e6f7${id.toString(16).padStart(6, '0')}` : String(id)
          const idOfSlot: string[] = []
          const table = new SlotsById((slot) => idOfSlot[slot])
          const model = new Map<string, number>()
          for (const { id, kind } of steps) {
            const text = idText(id)
            if (kind === 'delete') {
              table.delete(text)
              model.delete(text)
            } else {
              const slot = idOfSlot.push(text) - 1
              table.set(text, slot)
              model.set(text, slot)
            }
          }
          const every = Array.from({ length: 3_001 }, (_, id) => idText(id))
          expect(table.size).toBe(model.size)
          expect(every.map((id) => table.get(id))).toEqual(every.map((id) => model.get(id)))
        },
      ),
      { numRuns: 100 },
    )
  })

  it('should find every id among a hundred thousand, and none after each is removed', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => String(i * 7919))
    const table = new SlotsById((slot) => ids[slot])
    ids.forEach((id, slot) => table.set(id, slot))
    expect(ids.every((id, slot) => table.get(id) === slot)).toBe(true)
    expect(table.get('1')).toBeUndefined()
    for (let slot = 0; slot < ids.length; slot += 2) table.delete(ids[slot])
    expect(ids.every((id, slot) => table.get(id) === (slot % 2 ? slot : undefined))).toBe(true)
    expect(table.size).toBe(50_000)
  })
})
