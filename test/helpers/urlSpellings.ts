import fc from 'fast-check'

const percent = (char: string): string => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`

const flipCase = (char: string): string =>
  char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()

/** One character as a client may write it: plain or percent-encoded (either hex case). */
const charSpelling = (char: string): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constant(char), weight: 6 },
    { arbitrary: fc.constant(percent(char).toUpperCase()), weight: 2 },
    { arbitrary: fc.constant(percent(char).toLowerCase()), weight: 1 },
  )

/** A path segment spelled character by character; now and then one character in the other case. */
export const segmentSpelling = (segment: string): fc.Arbitrary<string> =>
  fc.oneof(
    {
      arbitrary: fc.tuple(...[...segment].map(charSpelling)).map((chars) => chars.join('')),
      weight: 9,
    },
    {
      arbitrary: fc
        .integer({ max: segment.length - 1, min: 0 })
        .map((i) => `${segment.slice(0, i)}${flipCase(segment[i])}${segment.slice(i + 1)}`),
      weight: 1,
    },
  )

/** What may stand between two segments: a slash, two, or dot segments that resolve away. */
const separator = fc.constantFrom('/', '/', '/', '//', '/./', '/x/../', '/%2e/', '/%2E/')

/** What may follow the last segment: nothing, a trailing slash or dot, a query string. */
const ending = fc.constantFrom('', '', '/', '/.', '?depth=0', '/?x=1')

/**
 * Spellings of `/booking-requests` below the API's base path (`/api`), as a client may send them:
 * percent-encoded letters, dot segments, double slashes, other cases, a trailing slash. Some lead
 * to the booking form, some nowhere (another case); none may lead around its limits.
 */
export const bookingPathSpellings: fc.Arbitrary<string> = fc
  .tuple(separator, segmentSpelling('booking-requests'), ending)
  .map(([before, segment, after]) => `${before}${segment}${after}`)

/** Whole request paths: the spellings above after `/api`, itself now and then spelled otherwise. */
export const bookingUrlSpellings: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constant('/api'), weight: 8 },
      { arbitrary: fc.constantFrom('//api', '/./api', '/API', '/%61pi'), weight: 2 },
    ),
    bookingPathSpellings,
  )
  .map(([api, rest]) => `${api}${rest}`)
