import { formatLabels } from 'payload/shared'

type Named = { labels?: { plural?: unknown; singular?: unknown }; slug: string }

/** A label's English text; the slug's for a function. */
const labelText = (label: unknown, fallback: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'en' in label && typeof label.en === 'string')
    return label.en
  return fallback
}

const pascalCase = (text: string): string =>
  text
    .split(/\s+/)
    .map((word) => (word ? word[0].toUpperCase() + word.slice(1) : ''))
    .join('')

/** A collection's English plural label ("Booking requests"): its tag in the document. */
export const pluralLabel = ({ labels, slug }: Named): string =>
  labelText(labels?.plural, formatLabels(slug).plural)

/**
 * The component name for one document of a collection: its English singular label with each word
 * capitalised and the spaces removed (`Speaker`, `Booking request` → `BookingRequest`). Before
 * Payload has sanitized a collection the label is the one Payload will give it from the slug.
 */
export const schemaName = ({ labels, slug }: Named): string =>
  pascalCase(labelText(labels?.singular, formatLabels(slug).singular))

/** `Speakers`, `BookingRequests`: for operation ids. */
export const pluralName = (collection: Named): string => pascalCase(pluralLabel(collection))

/** "a speaker", "an interview": the article English puts before a noun. */
export const withArticle = (noun: string): string =>
  `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`
