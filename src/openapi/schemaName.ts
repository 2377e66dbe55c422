import { formatLabels } from 'payload/shared'

type Named = { labels?: { singular?: unknown }; slug: string }

/** A label as payload-oapi reads it: the string, or its English text; the slug for a function. */
const labelText = (label: unknown, slug: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'en' in label && typeof label.en === 'string')
    return label.en
  return slug
}

/**
 * payload-oapi's component name for one document of a collection: its singular label with each
 * word capitalised and the spaces removed (`Speaker`, `Booking request` → `BookingRequest`). Before
 * Payload has sanitized a collection (in its own config) the label is the one Payload will give it
 * from the slug.
 */
export const schemaName = ({ labels, slug }: Named): string =>
  (labels ? labelText(labels.singular, slug) : formatLabels(slug).singular)
    .split(/\s+/)
    .map((word) => (word ? word[0].toUpperCase() + word.slice(1) : ''))
    .join('')
