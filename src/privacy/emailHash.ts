import crypto from 'node:crypto'

/**
 * The form an address is looked up by: in Unicode's composed form (NFC), without control or
 * invisible characters, trimmed, lower-cased in any script and case-folded where lower case is
 * not enough (`İ` lowers to `i` and a dot, Greek's final `ς` is `σ`): `ÉLODIE@…` is `élodie@…`.
 */
export const normalizeAddress = (email: string): string =>
  email
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '')
    .trim()
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/ς/g, 'σ')

/**
 * The tombstone's keyed hash of an address (HMAC-SHA-256 under the server's secret): the same
 * address always gives the same hash, so an erasure can be shown for it; the table alone cannot be
 * checked against a list of addresses.
 */
export const emailHash = (secret: string, email: string): string =>
  crypto
    .createHmac('sha256', secret)
    .update(`privacy:${normalizeAddress(email)}`)
    .digest('hex')
