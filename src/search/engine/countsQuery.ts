import { sql } from '@payloadcms/db-sqlite'

import type { SQL } from './sqlDialect'
import { valueKind } from './sqlDialect'
import type { FacetName, SearchPlan } from './types'

const list = (values: string[]): SQL =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

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

/**
 * One statement for the total and every facet, over the entries that match the words and the
 * filters no facet counts (`matched`, read once): each facet then counts with every other facet's
 * filter, the total with all of them. Rows are `(facet, value, n)`; the total's facet is `total`.
 */
export const countsQuery = (plan: SearchPlan, matched: SQL): SQL => {
  const { feeBands, languages, topicIds } = plan.filters
  const matchedValues = (kind: 'language' | 'topic') =>
    sql`SELECT v.entry_id AS id, v.value FROM matched m JOIN sb_search_values v ON v.entry_id = m.id AND v.kind = ${valueKind(plan.collection, kind)}`
  const parts: SQL[] = [
    sql`matched AS MATERIALIZED (${matched})`,
    sql`matched_topics AS (${matchedValues('topic')})`,
    sql`matched_languages AS (${matchedValues('language')})`,
  ]
  if (topicIds)
    parts.push(
      sql`ok_topics AS (SELECT id FROM matched_topics WHERE value IN (${topicIds.length ? list(topicIds) : sql`NULL`}))`,
    )
  if (languages)
    parts.push(
      sql`ok_languages AS (SELECT id FROM matched_languages WHERE value IN (${list(languages)}))`,
    )
  if (feeBands?.length)
    parts.push(sql`ok_fee_bands AS (SELECT id FROM matched WHERE fee_band IN (${list(feeBands)}))`)
  const selects: SQL[] = [
    sql`SELECT 'total' AS facet, '' AS value, count(*) AS n FROM matched m ${where(facetFilters(plan, 'total', sql`m.id`))}`,
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
