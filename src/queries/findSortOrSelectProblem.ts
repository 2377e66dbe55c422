import type { QueryProblem } from './findQueryProblem'
import type { Schema } from './resolveQueryPath'

/** Whether the first segment of a path names a field of the collection (or its id). */
const isFieldOf = (path: string, slug: string, schema: Schema): boolean => {
  const [first] = path.split('.')
  return (
    first === 'id' || Boolean(schema.collection(slug)?.fields.some(({ name }) => name === first))
  )
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A `sort` on a field the collection does not have (`sort=nope` was answered in storage order), and
 * a `select` naming one, or with a value that is neither true/false nor a nested selection
 * (`select[name]=maybe` selected it): a 400 naming the parameter. Only the first segment of a path
 * is judged; deeper ones are Payload's.
 */
export const findSortOrSelectProblem = ({
  schema,
  select,
  slug,
  sort,
}: {
  schema: Schema
  select?: unknown
  slug: string
  sort?: unknown
}): QueryProblem | undefined => {
  const sorts =
    typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort.map(String) : []
  for (const each of sorts) {
    const path = each.trim().replace(/^-/, '')
    if (path && !isFieldOf(path, slug, schema))
      return {
        message: {
          en: `sort: ${path} is not a field here.`,
          zh: `sort：${path} 不是此处的字段。`,
        },
        path: 'sort',
      }
  }
  if (!isPlainObject(select)) return undefined
  for (const [key, value] of Object.entries(select)) {
    const path = `select[${key}]`
    if (!isFieldOf(key, slug, schema))
      return {
        message: { en: `${path}: not a field here.`, zh: `${path}：不是此处的字段。` },
        path,
      }
    if (typeof value !== 'boolean' && !isPlainObject(value))
      return {
        message: { en: `${path}: send true or false.`, zh: `${path}：请提供 true 或 false。` },
        path,
      }
  }
  return undefined
}
