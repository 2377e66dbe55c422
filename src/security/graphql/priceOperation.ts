import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  GraphQLBoolean,
  GraphQLInt,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromAST,
} from 'graphql'

import { queryPrices, type QueryPrices } from './queryPrices'

export type OperationPrice =
  { cost: number; kind: 'priced'; rootFields: number } | { fragment: string; kind: 'cycle' }

type Walk = {
  /** GraphQL types of stored documents: a field returning one is a lookup. */
  documentTypes: Set<string>
  fragments: Map<string, FragmentDefinitionNode>
  /** Fragment costs already worked out, by name and the page size of `docs` inside them. */
  known: Map<string, number>
  /** Fragments being expanded on the current path (a repeat is a cycle). */
  open: string[]
  prices: QueryPrices
  schema: GraphQLSchema
  variables: Record<string, unknown>
}

class FragmentCycle extends Error {
  constructor(readonly fragment: string) {
    super(`fragment cycle at ${fragment}`)
  }
}

const documentTypesBySchema = new WeakMap<GraphQLSchema, Set<string>>()

/**
 * The types Payload fetches as documents: what the root fields taking an `id` return (`Speaker`,
 * `SpeakerVersion`, `Media`, …). A field of another type returning one of these (photo, topics,
 * a version's parent, a polymorphic relationship's union) is resolved by a lookup.
 */
const documentTypesOf = (schema: GraphQLSchema): Set<string> => {
  const known = documentTypesBySchema.get(schema)
  if (known) return known
  const types = new Set<string>()
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    if (field.args.some(({ name }) => name === 'id')) types.add(getNamedType(field.type).name)
  }
  documentTypesBySchema.set(schema, types)
  return types
}

const isList = (type: GraphQLOutputType): boolean =>
  isListType(isNonNullType(type) ? type.ofType : type)

const isDocumentType = (type: GraphQLNamedType, walk: Walk): boolean =>
  walk.documentTypes.has(type.name) ||
  (isUnionType(type) && type.getTypes().every(({ name }) => walk.documentTypes.has(name)))

/** A paginated list (root `Speakers`, versions) or a join field: a `limit` and `docs` inside. */
const isPagedList = (field: GraphQLField<unknown, unknown>, type: GraphQLNamedType): boolean =>
  field.args.some(({ name }) => name === 'limit') &&
  isObjectType(type) &&
  'docs' in type.getFields()

const argumentOf = (
  node: FieldNode,
  name: string,
  type: typeof GraphQLBoolean | typeof GraphQLInt,
  walk: Walk,
): unknown => {
  const argument = node.arguments?.find((a) => a.name.value === name)
  return argument ? valueFromAST(argument.value, type, walk.variables) : undefined
}

const wholeNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined

/**
 * The documents a list asks for and the queries it runs, as Payload runs them. A root list counts
 * its matches whenever it paginates (`pagination !== false` and `limit !== 0`), asked for
 * `totalDocs` or not; a join field counts only with `count: true`, and without `limit` fetches all.
 */
const listShape = (
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  walk: Walk,
): { queries: number; size: number } => {
  const { defaultLimit, unboundedListSize } = walk.prices
  const limit = wholeNumber(argumentOf(node, 'limit', GraphQLInt, walk))
  const isJoin = !field.args.some(({ name }) => name === 'pagination')
  if (isJoin) {
    const isCounted = argumentOf(node, 'count', GraphQLBoolean, walk) === true
    if (isCounted && limit === 0) return { queries: 1, size: 0 }
    return { queries: isCounted ? 2 : 1, size: limit || unboundedListSize }
  }
  const isPaginated = argumentOf(node, 'pagination', GraphQLBoolean, walk) !== false
  const isUnbounded = limit === 0 || (!isPaginated && limit === undefined)
  return {
    queries: isPaginated && limit !== 0 ? 2 : 1,
    size: isUnbounded ? unboundedListSize : (limit ?? defaultLimit),
  }
}

const richTextCost = (node: FieldNode, walk: Walk): number => {
  const depth = wholeNumber(argumentOf(node, 'depth', GraphQLInt, walk))
  return (depth ?? walk.prices.defaultRichTextDepth) * walk.prices.richTextLookupsPerLevel
}

const fieldsOf = (type: GraphQLNamedType) =>
  isObjectType(type) || isInterfaceType(type) ? type.getFields() : {}

/**
 * One field: a list multiplies what each of its documents costs; a lookup costs one per item; a
 * root field is at least one query. `pageSize` is set while pricing a list's own type, for `docs`.
 */
const fieldCost = (
  node: FieldNode,
  parent: GraphQLNamedType,
  walk: Walk,
  { isRoot, pageSize }: { isRoot: boolean; pageSize?: number },
): number => {
  const field = fieldsOf(parent)[node.name.value]
  // Meta fields cost nothing; unknown fields are other rules' errors.
  if (!field) return 0
  const type = getNamedType(field.type)
  if (isPagedList(field, type)) {
    const { queries, size } = listShape(node, field, walk)
    return queries + selectionCost(node.selectionSet, type, walk, { pageSize: size })
  }
  const children = selectionCost(node.selectionSet, type, walk, {})
  if (pageSize !== undefined && node.name.value === 'docs') return pageSize * (1 + children)
  if (isRoot) return 1 + children
  const items = isList(field.type) ? walk.prices.itemsPerDocumentList : 1
  if (isDocumentType(type, walk)) return items * (1 + children)
  if (!node.selectionSet && field.args.some(({ name }) => name === 'depth'))
    return richTextCost(node, walk)
  return items * children
}

/**
 * A fragment's cost, worked out once per page size (or once among the root fields, where its fields
 * are root fields, each at least a query); a fragment met again on its own path is a cycle.
 */
const fragmentCost = (
  name: string,
  walk: Walk,
  { isRoot = false, pageSize }: { isRoot?: boolean; pageSize?: number },
): number => {
  const key = `${name}\u0000${isRoot ? 'root' : (pageSize ?? '')}`
  const known = walk.known.get(key)
  if (known !== undefined) return known
  if (walk.open.includes(name)) throw new FragmentCycle(name)
  const fragment = walk.fragments.get(name)
  const type = fragment && walk.schema.getType(fragment.typeCondition.name.value)
  if (!fragment || !type) return 0
  walk.open.push(name)
  const cost = selectionCost(fragment.selectionSet, type, walk, isRoot ? { isRoot } : { pageSize })
  walk.open.pop()
  walk.known.set(key, cost)
  return cost
}

function selectionCost(
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLNamedType,
  walk: Walk,
  { isRoot = false, pageSize }: { isRoot?: boolean; pageSize?: number },
): number {
  let cost = 0
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(selection, parent, walk, { isRoot, pageSize })
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      cost += fragmentCost(selection.name.value, walk, { isRoot, pageSize })
    } else {
      const type = selection.typeCondition
        ? walk.schema.getType(selection.typeCondition.name.value)
        : parent
      if (type) cost += selectionCost(selection.selectionSet, type, walk, { isRoot, pageSize })
    }
  }
  return cost
}

/**
 * Root fields of a selection, aliases and fragments included, `__typename` not (run after the
 * pricing, which has refused cycles; `counted` keeps a fragment spread many times linear).
 */
const countRootFields = (
  selectionSet: SelectionSetNode,
  walk: Walk,
  counted: Map<string, number>,
): number => {
  let count = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') count++
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, walk, counted)
    } else {
      const name = selection.name.value
      const fragment = walk.fragments.get(name)
      if (!counted.has(name) && fragment) {
        counted.set(name, 0)
        counted.set(name, countRootFields(fragment.selectionSet, walk, counted))
      }
      count += counted.get(name) ?? 0
    }
  }
  return count
}

/** Variable values as sent, with the operation's defaults for those not sent. */
const variablesOf = (
  operation: OperationDefinitionNode,
  sent: Record<string, unknown> | null | undefined,
): Record<string, unknown> => {
  const values: Record<string, unknown> = {}
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value
    if (definition.defaultValue?.kind === Kind.INT)
      values[name] = Number(definition.defaultValue.value)
    if (definition.defaultValue?.kind === Kind.BOOLEAN) values[name] = definition.defaultValue.value
  }
  return { ...values, ...sent }
}

/**
 * What one operation would cost the database, before it runs (see README "GraphQL cost model"):
 * a root field at least one query; a list one query, one more for its count, plus its page size
 * times (one per document + what each document's fields cost); a relationship or upload one lookup
 * per item; a count one query; rich text its depth times ten lookups. Fragments are expanded once
 * each (a fragment spread on its own path is a cycle, answered as such, never recursed into).
 */
export const priceOperation = ({
  fragments,
  operation,
  prices = queryPrices,
  schema,
  variables,
}: {
  fragments: FragmentDefinitionNode[]
  operation: OperationDefinitionNode
  prices?: QueryPrices
  schema: GraphQLSchema
  variables?: Record<string, unknown> | null
}): OperationPrice => {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
  const walk: Walk = {
    documentTypes: documentTypesOf(schema),
    fragments: new Map(fragments.map((fragment) => [fragment.name.value, fragment])),
    known: new Map(),
    open: [],
    prices,
    schema,
    variables: variablesOf(operation, variables),
  }
  try {
    const cost = root ? selectionCost(operation.selectionSet, root, walk, { isRoot: true }) : 0
    return {
      cost,
      kind: 'priced',
      rootFields: countRootFields(operation.selectionSet, walk, new Map()),
    }
  } catch (error) {
    if (error instanceof FragmentCycle) return { fragment: error.fragment, kind: 'cycle' }
    throw error
  }
}
