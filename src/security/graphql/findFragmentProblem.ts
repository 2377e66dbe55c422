import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
} from 'graphql'

export type FragmentProblem =
  { fragment: string; kind: 'cycle' } | { fields: number; kind: 'tooLarge'; maxFields: number }

class Cycle extends Error {
  constructor(readonly fragment: string) {
    super(`fragment cycle at ${fragment}`)
  }
}

/**
 * Fragments that no recursive walk of the query survives, found without the schema: a cycle
 * (`fragment A on Speaker { ...B } fragment B on Speaker { ...A }`), or spreads that multiply
 * (`fragment A { ...B ...B }`, `B { ...C ...C }`, … doubles the fields at each level) past
 * `maxFields` selected fields once expanded. Each fragment is sized once, so this is linear.
 *
 * Why before Payload's handler: Payload's complexity rule (@payloadcms/graphql
 * packages/graphql-query-complexity/QueryComplexity.js, always on) expands fragments recursively
 * without memory when it meets the operation, before graphql's NoFragmentCyclesRule has reported
 * anything, so a cycle overflowed the stack (RangeError, a 500) and a doubling chain took
 * exponential time. No config switch removes that rule.
 */
export const findFragmentProblem = (
  document: DocumentNode,
  maxFields: number,
): FragmentProblem | undefined => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  const sizes = new Map<string, number>()
  const open = new Set<string>()

  const sizeOf = (selectionSet: SelectionSetNode | undefined): number => {
    let size = 0
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) size += 1 + sizeOf(selection.selectionSet)
      else if (selection.kind === Kind.INLINE_FRAGMENT) size += sizeOf(selection.selectionSet)
      else size += fragmentSize(selection.name.value)
      // Past the limit already: no need to size the rest (and no number overflows).
      if (size > maxFields) return size
    }
    return size
  }

  const fragmentSize = (name: string): number => {
    const known = sizes.get(name)
    if (known !== undefined) return known
    if (open.has(name)) throw new Cycle(name)
    const fragment = fragments.get(name)
    if (!fragment) return 0
    open.add(name)
    const size = sizeOf(fragment.selectionSet)
    open.delete(name)
    sizes.set(name, size)
    return size
  }

  try {
    for (const name of fragments.keys()) fragmentSize(name)
    let fields = 0
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) fields += sizeOf(definition.selectionSet)
      if (fields > maxFields) return { fields, kind: 'tooLarge', maxFields }
    }
    return undefined
  } catch (error) {
    if (error instanceof Cycle) return { fragment: error.fragment, kind: 'cycle' }
    throw error
  }
}
