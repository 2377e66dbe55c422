import { isDay } from '../dates/day'
import type { Bilingual } from '../i18n/localize'
import { isPossibleId } from './idKind'
import { type QueryTarget, resolveQueryPath, type Schema } from './resolveQueryPath'

/** Why a query cannot be run, naming the path (`where[createdAt][greater_than]`). */
export type QueryProblem = { message: Bilingual; path: string }

const GEO = new Set(['intersects', 'near', 'within'])
const TEXT = new Set(['contains', 'like', 'not_like'])
const LISTS = new Set(['all', 'in', 'not_in'])
const COMPARISONS = new Set([
  'equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'not_equals',
])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const isScalar = (value: unknown): boolean =>
  value === null || value instanceof Date || ['boolean', 'number', 'string'].includes(typeof value)

/** A list operator's values: Payload splits a string at commas. */
const listValues = (value: unknown): undefined | unknown[] => {
  if (typeof value === 'string') return value.split(',')
  if (Array.isArray(value)) return value.every(isScalar) ? value : undefined
  return isScalar(value) ? [value] : undefined
}

const isDate = (value: unknown): boolean =>
  value instanceof Date
    ? !Number.isNaN(value.getTime())
    : (typeof value === 'string' || typeof value === 'number') &&
      value !== '' &&
      !Number.isNaN(new Date(value).getTime())

const isNumeric = (value: unknown): boolean =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))

const isBoolean = (value: unknown): boolean =>
  typeof value === 'boolean' || value === 'true' || value === 'false'

/** Whether one value could be stored in the target (null is always a fair question). */
const fits = (target: QueryTarget, value: unknown): boolean => {
  if (value === null) return true
  switch (target.kind) {
    case 'checkbox':
      return isBoolean(value)
    case 'date':
      return isDate(value)
    case 'day':
      return isDay(value)
    case 'id':
      return isPossibleId(value, target.idKind)
    case 'number':
      return isNumeric(value)
    case 'select':
      return typeof value === 'string' && target.options.includes(value)
    default:
      return true
  }
}

/** Whether `like` and `contains` can run: PostgreSQL has no LIKE on numbers, dates or integer ids. */
const isText = (target: QueryTarget): boolean =>
  target.kind === 'other' ||
  target.kind === 'day' ||
  target.kind === 'select' ||
  (target.kind === 'id' && (target.idKind === 'text' || target.idKind === 'objectId'))

const expected: Record<Exclude<QueryTarget['kind'], 'twoRelationshipsDeep'>, Bilingual> = {
  checkbox: { en: 'true or false', zh: 'true 或 false' },
  date: { en: 'a date (e.g. 2026-01-31)', zh: '日期（如 2026-01-31）' },
  day: {
    en: 'a day as YYYY-MM-DD (e.g. 2026-01-31)',
    zh: 'YYYY-MM-DD 格式的日期（如 2026-01-31）',
  },
  id: { en: 'an id that can exist', zh: '有效的 ID' },
  number: { en: 'a number', zh: '数字' },
  other: { en: 'a value', zh: '值' },
  point: { en: 'a point', zh: '坐标点' },
  select: { en: 'one of the options', zh: '可选项之一' },
}

const problem = (path: string, en: string, zh: string): QueryProblem => ({
  message: { en: `${path}: ${en}`, zh: `${path}：${zh}` },
  path,
})

/** One condition: `operator` applied to `value` on the field `fieldPath` leads to. */
const conditionProblem = ({
  fieldPath,
  operator,
  prefix,
  schema,
  slug,
  value,
}: {
  fieldPath: string
  operator: string
  prefix: string
  schema: Schema
  slug: string
  value: unknown
}): QueryProblem | undefined => {
  const path = `${prefix}[${fieldPath}][${operator}]`
  const target = resolveQueryPath(fieldPath, slug, schema)
  if (value === undefined) return undefined
  if (target?.kind === 'twoRelationshipsDeep')
    return problem(
      path,
      'a condition may follow one relationship (speakers.name), not two.',
      '条件只能跨越一层关联（如 speakers.name），不能跨越两层。',
    )
  // Rich text, JSON and join fields are no points either (Payload failed on them with a 500).
  if (GEO.has(operator)) {
    return target?.kind !== 'point'
      ? problem(path, `${operator} works only on map points.`, `${operator} 只能用于坐标点字段。`)
      : undefined
  }
  if (operator === 'all' && !schema.hasAllOperator)
    return problem(
      path,
      'all is not available on this database: combine equals conditions with and.',
      '此数据库不支持 all：请用 and 组合多个 equals 条件。',
    )
  // Paths Payload refuses itself, polymorphic relations and JSON fields are not judged here.
  if (!target) return undefined
  const values = LISTS.has(operator) ? listValues(value) : isScalar(value) ? [value] : undefined
  if (!values) {
    return LISTS.has(operator)
      ? problem(path, 'send a list of values.', '请提供一组值。')
      : problem(
          path,
          'send a single value, not a list or an object.',
          '请提供单个值，而不是列表或对象。',
        )
  }
  if (operator === 'all' && !target.hasMany)
    return problem(
      path,
      'all works only on fields holding several values.',
      'all 只能用于多值字段。',
    )
  if (TEXT.has(operator) && !isText(target))
    return problem(path, `${operator} works only on text.`, `${operator} 只能用于文本字段。`)
  if (!COMPARISONS.has(operator) && !LISTS.has(operator)) return undefined
  if (values.every((each) => fits(target, each))) return undefined
  const wanted = expected[target.kind]
  return problem(path, `send ${wanted.en}.`, `请提供${wanted.zh}。`)
}

/**
 * The first reason a `where` cannot be run against a collection, found without recursion: values
 * of the wrong shape (an object where one value goes), dates that are not dates, ids that cannot
 * exist on this adapter, options a select does not have, geo operators on fields that are not
 * points, `and`/`or` that are not lists. Each answered 500 before (the database adapter threw).
 * Paths it cannot follow are left to Payload, which refuses unknown ones with its own 400.
 */
export const findWhereProblem = ({
  schema,
  slug,
  where,
}: {
  schema: Schema
  slug: string
  where: unknown
}): QueryProblem | undefined => {
  if (where === undefined || where === null) return undefined
  const pending: { prefix: string; where: unknown }[] = [{ prefix: 'where', where }]
  while (pending.length > 0) {
    const { prefix, where: current } = pending.pop()!
    if (!isPlainObject(current))
      return problem(prefix, 'send conditions as an object.', '条件须为对象。')
    for (const [key, value] of Object.entries(current)) {
      const keyPath = `${prefix}[${key}]`
      if (key === 'and' || key === 'or') {
        if (!Array.isArray(value))
          return problem(keyPath, 'send a list of conditions.', '请提供条件列表。')
        value.forEach((each, i) => pending.push({ prefix: `${keyPath}[${i}]`, where: each }))
        continue
      }
      if (!isPlainObject(value))
        return problem(keyPath, 'send an operator, e.g. [equals].', '请指定运算符，如 [equals]。')
      for (const [operator, operand] of Object.entries(value)) {
        const found = conditionProblem({
          fieldPath: key,
          operator,
          prefix,
          schema,
          slug,
          value: operand,
        })
        if (found) return found
      }
    }
  }
  return undefined
}
