import { sql } from '@payloadcms/db-sqlite/drizzle'

import type { SQL, SqlDialect } from './sqlDialect'
import type { FacetName, SearchPlan } from './types'

import { sqlList } from './sqlDialect'

/** The facet filters a count obeys: all of them but its own (`except`). */
const facetFilters = (plan: SearchPlan, except: 'total' | FacetName, id: SQL): SQL[] => {
  const { feeBands, languages, topicIds } = plan.filters
  const conditions: SQL[] = []
  if (topicIds && except !== 'topics') conditions.push(sql`${id} IN (SELECT id FROM ok_topics)`)
  if (languages && except !== 'languages')
    conditions.push(sql`${id} IN (SELECT id FROM ok_languages)`)
  if (feeBands?.length && except !== 'feeBands')
    conditions.push(sql`${id} IN (SELECT id FROM ok_fee_bands)`)
  return conditions
}

const where = (conditions: SQL[]): SQL =>
  conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``

/** The page's order: by relevance tier, then featured and A–Z, or newest first. */
const pageOrder = (plan: SearchPlan, tier: SQL): SQL =>
  plan.order === 'newest'
    ? sql`${tier}, e.published_at DESC NULLS LAST, e.id DESC`
    : sql`${tier}, e.featured DESC, e.sort_key, e.id`

/**
 * One statement for the result page, the total and every facet, over the entries that match the
 * words and the filters no facet counts (`matched`, read once: the text index is searched once):
 * each facet counts with every other facet's filter, the page and the total obey all of them. Rows
 * are `(facet, value, n)`: the total's facet is `total`; the page's rows are `page`, with the
 * document's id as value and its position as n.
 */
export const searchQuery = (
  dialect: SqlDialect,
  plan: SearchPlan,
  { matched, tier }: { matched: SQL; tier: SQL },
): SQL => {
  const { feeBands, languages, topicIds } = plan.filters
  const parts: SQL[] = [
    sql`matched AS MATERIALIZED (${matched})`,
    sql`matched_topics AS (${dialect.valueList.matched('topics')})`,
    sql`matched_languages AS (${dialect.valueList.matched('languages')})`,
  ]
  const okIf = (name: string, condition: SQL) =>
    parts.push(
      sql`${sql.raw(name)} AS MATERIALIZED (SELECT m.id FROM matched m WHERE ${condition})`,
    )
  if (topicIds) okIf('ok_topics', dialect.valueList.hasAny('topics', topicIds))
  if (languages) okIf('ok_languages', dialect.valueList.hasAny('languages', languages))
  if (feeBands?.length) okIf('ok_fee_bands', sql`m.fee_band IN (${sqlList(feeBands)})`)
  const all = where(facetFilters(plan, 'total', sql`m.id`))
  const selects: SQL[] = [
    // Ranked after every filter, so the tier is worked out for the page's candidates only.
    sql`SELECT 'page' AS facet, p.doc_id AS value, p.n FROM (SELECT e.doc_id, row_number() OVER (ORDER BY ${pageOrder(plan, tier)}) AS n FROM matched m JOIN sb_search_entries e ON e.id = m.id ${all} ORDER BY n LIMIT ${plan.limit} OFFSET ${plan.offset}) p`,
    sql`SELECT 'total' AS facet, '' AS value, count(*) AS n FROM matched m ${all}`,
  ]
  // An entry holds its topics with their ancestors (once each): a topic counts its subtopics' entries.
  if (plan.facets.includes('topics'))
    selects.push(
      sql`SELECT 'topics' AS facet, t.value AS value, count(*) AS n FROM matched_topics t ${where(facetFilters(plan, 'topics', sql`t.id`))} GROUP BY t.value`,
    )
  if (plan.facets.includes('languages'))
    selects.push(
      sql`SELECT 'languages' AS facet, l.value AS value, count(*) AS n FROM matched_languages l ${where(facetFilters(plan, 'languages', sql`l.id`))} GROUP BY l.value`,
    )
  if (plan.facets.includes('feeBands'))
    selects.push(
      sql`SELECT 'feeBands' AS facet, m.fee_band AS value, count(*) AS n FROM matched m ${where([sql`m.fee_band IS NOT NULL`, ...facetFilters(plan, 'feeBands', sql`m.id`)])} GROUP BY m.fee_band`,
    )
  return sql`WITH ${sql.join(parts, sql`, `)} ${sql.join(selects, sql` UNION ALL `)}`
}
