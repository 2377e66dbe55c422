import { formatLabels } from 'payload/shared'

type Named = { labels?: { singular?: unknown }; slug: string }

/**
 * payload-oapi's component name for one document of a collection: its singular label in PascalCase
 * (`speakers` → `Speaker`, `booking-requests` → `BookingRequest`). Before Payload has sanitized a
 * collection (in its own config) the label is the one Payload will give it, from the slug.
 */
export const schemaName = ({ labels, slug }: Named): string => {
  const singular = labels?.singular
  const label =
    typeof singular === 'string' ? singular : labels ? slug : formatLabels(slug).singular
  return label
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')
}
