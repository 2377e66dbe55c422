import type { SearchableCollection, SearchEntry, ValueKind } from './engine/types'

import { latinWords } from '../transliteration/latinWords'
import { idsOf } from '../utilities/idOf'
import { richTextPlainText } from './richTextPlainText'
import { nameKeys, nameTerms, namesOf, textTerms } from './searchTerms'
import { typoTerms } from './typos'

type Doc = Record<string, any>

const idStrings = (value: unknown): string[] => idsOf(value).map(String)

const values = (kind: ValueKind, items: string[]) =>
  [...new Set(items)].map((value) => ({ kind, value }))

const latin = (text: string | null | undefined, person = false): string =>
  text
    ? latinWords(text, { person })
        .map(({ text: word }) => word)
        .join(' ')
    : ''

/** A country as filters compare it: `China`, `china` and `CHINA ` are one (中国 is `zhongguo`). */
export const countryKey = (country: unknown): null | string =>
  typeof country === 'string' ? latin(country) || null : null

const speakerEntry = (doc: Doc, { topicIds }: Related): Omit<SearchEntry, 'typoTerms'> => {
  const names = namesOf(doc)
  const name = names.flatMap((each) => nameTerms(each))
  const profile = [doc.honorific, doc.jobTitle, doc.organization].flatMap((text) => textTerms(text))
  const place = [doc.travelsFrom?.city, doc.travelsFrom?.country].flatMap((text) => textTerms(text))
  return {
    bodyTerms: [...name, ...profile, ...place, ...textTerms(doc.shortBio)],
    collection: 'speakers',
    country: countryKey(doc.travelsFrom?.country),
    docId: String(doc.id),
    featured: Boolean(doc.featured),
    feeBand: doc.feeBand ?? null,
    nameKeys: [...new Set(names.flatMap((each) => nameKeys(each)))],
    nameTerms: name,
    publishedAt: doc.publishedAt ?? null,
    sortKey: latin(doc.name, true),
    values: [
      ...values('topic', topicIds),
      ...values('language', Array.isArray(doc.languages) ? doc.languages.map(String) : []),
    ],
  }
}

const interviewEntry = (
  doc: Doc,
  { speakerNames, topicIds }: Related,
): Omit<SearchEntry, 'typoTerms'> => {
  const title = textTerms(doc.title)
  const speakers = speakerNames.flatMap((name) => nameTerms(name))
  return {
    bodyTerms: [
      ...title,
      ...speakers,
      ...textTerms(doc.excerpt),
      ...textTerms(richTextPlainText(doc.body)),
    ],
    collection: 'interviews',
    country: null,
    docId: String(doc.id),
    featured: false,
    feeBand: null,
    nameKeys: nameKeys(doc.title, false),
    nameTerms: title,
    publishedAt: doc.publishedAt ?? null,
    sortKey: latin(doc.title),
    values: [...values('topic', topicIds), ...values('speaker', idStrings(doc.speakers))],
  }
}

/** The fields an entry is built from, per collection: what the index reads of a document. */
export const entryFields = {
  interviews: {
    body: true,
    excerpt: true,
    publishedAt: true,
    speakers: true,
    title: true,
    topics: true,
  },
  speakers: {
    featured: true,
    feeBand: true,
    honorific: true,
    jobTitle: true,
    languages: true,
    name: true,
    organization: true,
    otherNames: true,
    publishedAt: true,
    shortBio: true,
    topics: true,
    travelsFrom: true,
  },
} as const satisfies Record<SearchableCollection, Record<string, true>>

/** What an entry holds of other documents, which the caller looks up. */
export type Related = {
  /** An interview's speakers' public names, other names included (it is found by them). */
  speakerNames: string[]
  /** The document's topics with their ancestors (withAncestors). */
  topicIds: string[]
}

/** The index entry of a published speaker or interview (depth 0). */
export const buildSearchEntry = (
  collection: SearchableCollection,
  doc: Doc,
  related: Related,
): SearchEntry => {
  const entry =
    collection === 'speakers' ? speakerEntry(doc, related) : interviewEntry(doc, related)
  const bodyTerms = [...new Set(entry.bodyTerms)]
  // Every word searched may be misspelt by one letter, the short bio's and the interview's text too.
  return {
    ...entry,
    bodyTerms,
    nameTerms: [...new Set(entry.nameTerms)],
    typoTerms: typoTerms(bodyTerms),
  }
}
