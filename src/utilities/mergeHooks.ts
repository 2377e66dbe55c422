import type { CollectionConfig } from 'payload'

type HookLists = NonNullable<CollectionConfig['hooks']>

/**
 * Collection hooks of two sources as one: each kind's lists one after the other (`first`'s run
 * first), none dropped. How a wrapper adds its hooks to a collection without losing the collection's.
 */
export const mergeHooks = (first: HookLists = {}, then: HookLists = {}): HookLists => {
  const merged: Record<string, unknown[]> = {}
  for (const hooks of [first, then])
    for (const [kind, list] of Object.entries(hooks))
      merged[kind] = [...(merged[kind] ?? []), ...((list as unknown[] | undefined) ?? [])]
  return merged as HookLists
}
