import type { SearchableCollection } from './engine/types'

import { nameTerms, namesOf, textTerms } from './searchTerms'

/** What the admin's list search matches a document by (see searchTermsField). */
export const searchTermsOf = (
  collection: SearchableCollection,
  data: Record<string, any>,
): string => {
  const terms =
    collection === 'speakers'
      ? [
          ...namesOf(data).flatMap((name) => nameTerms(name)),
          ...textTerms(data.jobTitle),
          ...textTerms(data.organization),
        ]
      : textTerms(data.title)
  return [...new Set(terms)].join(' ')
}
