import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-sqlite/drizzle'

import type { SqlDb, SqlDialect, SQL } from './sqlDialect'

import { valuesOf } from './entryValues'
import { searchQuery } from './searchQuery'
import { sqlList, valueKind } from './sqlDialect'
import type {
  FacetName,
  LookedUpKind,
  SearchableCollection,
  ValueKind,
  SearchEngine,
  SearchEntry,
  SearchFilters,
  SearchHits,
  SearchPlan,
} from './types'

import { transactionDbOf } from '../../db/transactionDbOf'
import { chunks } from '../../utilities/chunks'
import { deletionVariants, termsAfter, variantRows } from '../typos'

/** Terms read per start of a typed word with a typo (type-ahead): a few, the caller picks. */
const TERMS_PER_START = 16

/** Rows per multi-row INSERT (well below both databases' bound-parameter limits). */
const CHUNK = 400

/** The request's transaction, when it has one, so the index changes with the document. */
const dbFor = (payload: Payload, req?: Partial<PayloadRequest>): Promise<SqlDb> =>
  transactionDbOf<SqlDb>(payload, req)

/** Entries written per round (each has up to a few hundred value and typo rows). */
const ENTRY_BATCH = 200

const escapeLike = (text: string): string => text.replace(/[\\%_|]/g, (c) => `\\${c}`)

const and = (conditions: SQL[]): SQL =>
  conditions.length ? sql.join(conditions, sql` AND `) : sql`1 = 1`

const hasValue = (collection: SearchableCollection, kind: LookedUpKind, values: string[]): SQL =>
  values.length === 0
    ? sql`1 = 0`
    : sql`e.id IN (SELECT entry_id FROM sb_search_values WHERE kind = ${valueKind(collection, kind)} AND value IN (${sqlList(values)}))`

/**
 * The values looked up in sb_search_values (an interview's speakers; topics, for a word naming one
 * and a moved topic's entries). Languages are read from the entry's row only (see valueList).
 */
const LOOKED_UP: ValueKind[] = ['speaker', 'topic'] satisfies LookedUpKind[]

/** Every query word must match: in the text, or (for a topic's name) through the entry's topics. */
const wordConditions = (dialect: SqlDialect, plan: SearchPlan): SQL[] => {
  const { collection, words } = plan
  const textOnly = words.filter(({ topicIds }) => topicIds.length === 0)
  const conditions = textOnly.length ? [dialect.textMatch(collection, textOnly, 'body')] : []
  for (const word of words.filter(({ topicIds }) => topicIds.length > 0)) {
    conditions.push(
      sql`(${dialect.textMatch(collection, [word], 'body')} OR ${hasValue(collection, 'topic', word.topicIds)})`,
    )
  }
  return conditions
}

/** The filters no facet counts by (the others are applied in searchQuery). */
const filterConditions = (collection: SearchableCollection, filters: SearchFilters): SQL[] => {
  const conditions: SQL[] = []
  if (filters.speakerIds) conditions.push(hasValue(collection, 'speaker', filters.speakerIds))
  if (filters.featured !== undefined) conditions.push(sql`e.featured = ${filters.featured ? 1 : 0}`)
  if (filters.country) conditions.push(sql`e.country = ${filters.country}`)
  return conditions
}

/** 0: the query is a whole name; 1: a name starts with it; 2: all words in the name; 3: the rest. */
const tier = (dialect: SqlDialect, plan: SearchPlan): SQL => {
  if (!plan.phrase) return sql`3`
  const phrase = escapeLike(plan.phrase)
  const inName = plan.words.length
    ? dialect.textMatch(plan.collection, plan.words, 'name')
    : sql`1 = 0`
  return sql`CASE WHEN e.name_keys LIKE ${`%|${phrase}|%`} ESCAPE '\\' THEN 0 WHEN e.name_keys LIKE ${`%|${phrase}%`} ESCAPE '\\' THEN 1 WHEN ${inName} THEN 2 ELSE 3 END`
}

/** The index in SQL tables next to Payload's, searched with the dialect's text search. */
export const sqlSearchEngine = (payload: Payload, dialect: SqlDialect): SearchEngine => {
  const rows = async (query: SQL, req?: Partial<PayloadRequest>) =>
    dialect.rows(await dbFor(payload, req), query)

  const removeEntries = async (
    db: SqlDb,
    collection: SearchableCollection,
    entryIds: number[],
  ): Promise<void> => {
    for (const chunk of chunks(entryIds, CHUNK)) {
      await dialect.removeTexts(db, collection, chunk)
      await dialect.rows(
        db,
        sql`DELETE FROM sb_search_values WHERE entry_id IN (${sqlList(chunk)})`,
      )
      await dialect.rows(db, sql`DELETE FROM sb_search_entries WHERE id IN (${sqlList(chunk)})`)
    }
  }

  /**
   * The terms not yet in the typo table: each known term is its own variant there, so one lookup
   * finds them, and a long text's publish writes the variants of its new words only.
   */
  const newTerms = async (db: SqlDb, terms: string[]): Promise<string[]> => {
    const known = new Set<string>()
    for (const chunk of chunks(terms, CHUNK)) {
      const found = await dialect.rows(
        db,
        sql`SELECT term FROM sb_search_variants WHERE variant IN (${sqlList(chunk)}) AND term = variant`,
      )
      for (const row of found) known.add(String(row.term))
    }
    return terms.filter((term) => !known.has(term))
  }

  const textOf = (entry: SearchEntry) => ({
    body: entry.bodyTerms.join(' '),
    name: entry.nameTerms.join(' '),
  })

  const upsertEntries = async (db: SqlDb, entries: SearchEntry[]): Promise<number[]> => {
    const inline = dialect.inlineText
    const columns = [
      'collection',
      'doc_id',
      'name_keys',
      'sort_key',
      'fee_band',
      'featured',
      'country',
      'published_at',
      'topics',
      'languages',
      ...(inline?.columns ?? []),
    ]
    const rowsOf = entries.map(
      (entry) =>
        sql`(${sql.join(
          [
            sql`${entry.collection}`,
            sql`${entry.docId}`,
            sql`${entry.nameKeys.length ? `|${entry.nameKeys.join('|')}|` : ''}`,
            sql`${entry.sortKey}`,
            sql`${entry.feeBand}`,
            sql`${entry.featured ? 1 : 0}`,
            sql`${entry.country}`,
            sql`${entry.publishedAt}`,
            dialect.valueList.write(valuesOf(entry, 'topic')),
            dialect.valueList.write(valuesOf(entry, 'language')),
            ...(inline?.values(textOf(entry)) ?? []),
          ],
          sql`, `,
        )})`,
    )
    const updates = columns
      .filter((column) => column !== 'collection' && column !== 'doc_id')
      .map((column) => `${column} = excluded.${column}`)
      .join(', ')
    const returned = await dialect.rows(
      db,
      sql`INSERT INTO sb_search_entries (${sql.raw(columns.join(', '))}) VALUES ${sql.join(rowsOf, sql`, `)} ON CONFLICT (collection, doc_id) DO UPDATE SET ${sql.raw(updates)} RETURNING id, doc_id`,
    )
    const idOf = new Map(returned.map((row) => [String(row.doc_id), Number(row.id)]))
    return entries.map(({ docId }) => idOf.get(docId) as number)
  }

  return {
    // An upsert that takes the claim only when there is none or it is stale: atomic on both
    // databases, so of two processes starting at once one builds. ISO times compare as text.
    claimBuild: async (staleAfterMs) => {
      const now = new Date()
      const staleBefore = new Date(now.getTime() - staleAfterMs).toISOString()
      const claimed = await rows(
        sql`INSERT INTO sb_search_meta (key, value) VALUES ('build', ${now.toISOString()}) ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE sb_search_meta.value < ${staleBefore} RETURNING key`,
      )
      return claimed.length > 0
    },

    clear: async (collection) => {
      const db = await dbFor(payload)
      const ids = await dialect.rows(
        db,
        sql`SELECT id FROM sb_search_entries WHERE collection = ${collection}`,
      )
      await removeEntries(
        db,
        collection,
        ids.map(({ id }) => Number(id)),
      )
    },

    docIds: async (collection) =>
      (await rows(sql`SELECT doc_id FROM sb_search_entries WHERE collection = ${collection}`)).map(
        (row) => String(row.doc_id),
      ),

    docIdsWithValue: async (collection, kind, value, req) =>
      (
        await rows(
          sql`SELECT e.doc_id AS doc_id FROM sb_search_values v JOIN sb_search_entries e ON e.id = v.entry_id WHERE v.kind = ${valueKind(collection, kind)} AND v.value = ${value}`,
          req,
        )
      ).map((row) => String(row.doc_id)),

    format: async () =>
      (await rows(sql`SELECT value FROM sb_search_meta WHERE key = 'format'`)).map((row) =>
        String(row.value),
      )[0] ?? null,

    isEmpty: async () => (await rows(sql`SELECT id FROM sb_search_entries LIMIT 1`)).length === 0,

    put: async (entries, req) => {
      const db = await dbFor(payload, req)
      for (const batch of chunks(entries, ENTRY_BATCH)) {
        const ids = await upsertEntries(db, batch)
        for (const collection of new Set(batch.map((entry) => entry.collection))) {
          await dialect.writeTexts(
            db,
            collection,
            batch.flatMap((entry, i) =>
              entry.collection === collection ? [{ ...textOf(entry), id: ids[i] }] : [],
            ),
          )
        }
        await dialect.rows(
          db,
          sql`DELETE FROM sb_search_values WHERE entry_id IN (${sqlList(ids)})`,
        )
        for (const chunk of chunks(
          batch.flatMap((entry, i) =>
            entry.values
              .filter(({ kind }) => LOOKED_UP.includes(kind))
              .map(
                ({ kind, value }) =>
                  sql`(${ids[i]}, ${valueKind(entry.collection, kind)}, ${value})`,
              ),
          ),
          CHUNK,
        )) {
          await dialect.rows(
            db,
            sql`INSERT INTO sb_search_values (entry_id, kind, value) VALUES ${sql.join(chunk, sql`, `)} ON CONFLICT DO NOTHING`,
          )
        }
        const terms = await newTerms(db, [...new Set(batch.flatMap(({ typoTerms }) => typoTerms))])
        const variants = variantRows(terms).map(({ term, variant }) => sql`(${variant}, ${term})`)
        for (const chunk of chunks(variants, CHUNK)) {
          await dialect.rows(
            db,
            sql`INSERT INTO sb_search_variants (variant, term) VALUES ${sql.join(chunk, sql`, `)} ON CONFLICT DO NOTHING`,
          )
        }
      }
    },

    remove: async (collection, docIds, req) => {
      if (docIds.length === 0) return
      const db = await dbFor(payload, req)
      const ids = await dialect.rows(
        db,
        sql`SELECT id FROM sb_search_entries WHERE collection = ${collection} AND doc_id IN (${sqlList(docIds)})`,
      )
      await removeEntries(
        db,
        collection,
        ids.map(({ id }) => Number(id)),
      )
    },

    search: async (plan) => {
      const matched = sql`SELECT e.id, e.fee_band, e.topics, e.languages FROM sb_search_entries e WHERE ${and(
        [
          dialect.collectionIs(plan.collection, plan.words.length > 0),
          ...wordConditions(dialect, plan),
          ...filterConditions(plan.collection, plan.filters),
        ],
      )}`
      const found = await rows(searchQuery(dialect, plan, { matched, tier: tier(dialect, plan) }))
      const facets: SearchHits['facets'] = Object.fromEntries(
        plan.facets.map((name) => [name, new Map<string, number>()]),
      )
      const page: [position: number, docId: string][] = []
      let total = 0
      for (const { facet, n, value } of found) {
        if (facet === 'page') page.push([Number(n), String(value)])
        else if (facet === 'total') total = Number(n)
        else facets[facet as FacetName]?.set(String(value), Number(n))
      }
      page.sort(([a], [b]) => a - b)
      return { docIds: page.map(([, docId]) => docId), facets, total }
    },

    releaseBuild: async () => {
      await rows(sql`DELETE FROM sb_search_meta WHERE key = 'build'`)
    },

    setFormat: async (format) => {
      await rows(
        sql`INSERT INTO sb_search_meta (key, value) VALUES ('format', ${format}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      )
    },

    typoPrefixCandidates: async (words) => {
      const found = new Map<string, string[]>()
      for (const word of words) {
        const starts = deletionVariants(word).map((start, i) => {
          const end = termsAfter(start)
          return sql`SELECT term FROM (SELECT term FROM sb_search_variants WHERE variant >= ${start}${end ? sql` AND variant < ${end}` : sql``} LIMIT ${TERMS_PER_START}) AS ${sql.raw(`s${i}`)}`
        })
        const matches = await rows(sql.join(starts, sql` UNION `))
        found.set(
          word,
          matches.map((row) => String(row.term)),
        )
      }
      return found
    },

    typoCandidates: async (words) => {
      const found = new Map<string, string[]>()
      for (const word of words) {
        const variants = deletionVariants(word)
        const matches = await rows(
          sql`SELECT DISTINCT term FROM sb_search_variants WHERE variant IN (${sqlList(variants)})`,
        )
        found.set(
          word,
          matches.map((row) => String(row.term)),
        )
      }
      return found
    },
  }
}
