import type { Payload, PayloadRequest, Where } from 'payload'

import type { ChangeRecord, PortableWrites } from './portableWrites'

import { collectionNames } from '../../vocabulary/collectionNames'

type Req = Partial<PayloadRequest> | undefined

const ENTRIES = collectionNames.searchEntries
const CHANGES = collectionNames.searchChanges

/**
 * The portable index's writes through Payload's adapter, on any database it has one for (MongoDB
 * here): the held entries read by their keys, then a write per entry, then the change record.
 * These documents have no hooks, access or fields to validate, so the Local API is not needed.
 */
export const portableAdapterWrites = (payload: Payload): PortableWrites => {
  const db = payload.db as unknown as {
    create: (args: object) => Promise<unknown>
    deleteMany: (args: object) => Promise<void>
    find: <T>(args: object) => Promise<{ docs: T[] }>
    updateOne: (args: object) => Promise<unknown>
  }

  const recordChange = async ({ change, keys }: ChangeRecord, req: Req): Promise<void> => {
    await db.create({
      collection: CHANGES,
      data: { at: Date.now(), change, keys },
      req,
      returning: false,
    })
  }

  const heldIds = async (keys: string[], req: Req): Promise<Map<string, number | string>> => {
    const { docs } = await db.find<{ id: number | string; key: string }>({
      collection: ENTRIES,
      limit: 0,
      pagination: false,
      req,
      select: { key: true },
      where: { key: { in: keys } },
    })
    return new Map(docs.map(({ id, key }) => [key, id]))
  }

  return {
    put: async (rows, change, req) => {
      const held = await heldIds(
        rows.map(({ key }) => key),
        req,
      )
      for (const { entry, key } of rows) {
        const data = { docId: entry.docId, entry, key, searchable: entry.collection }
        const id = held.get(key)
        if (id === undefined) await db.create({ collection: ENTRIES, data, req, returning: false })
        else await db.updateOne({ collection: ENTRIES, data, id, req, returning: false })
      }
      await recordChange(change, req)
    },

    remove: async (picked, change, req) => {
      const where: Where =
        'keys' in picked
          ? { key: { in: picked.keys } }
          : { searchable: { equals: picked.searchable } }
      await db.deleteMany({ collection: ENTRIES, req, where })
      await recordChange(change, req)
    },
  }
}
