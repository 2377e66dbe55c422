import crypto from 'node:crypto'

/** 32 letters and digits that cannot be mistaken for one another when read aloud or typed (no 0/O, 1/I). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const LENGTH = 8

/** What every reference looks like: `BR-` and eight characters of the alphabet. */
export const BOOKING_REFERENCE_PATTERN = /^BR-[A-HJ-NP-Z2-9]{8}$/

/**
 * A new booking reference: what the requester, the acknowledgement mail and staff quote, in place
 * of the database id (which would tell anyone how many requests the bureau receives, and tell a
 * bot a real answer from a honeypot's). Crypto-random, 40 bits: a repeat is refused by the field's
 * unique index.
 */
export const newBookingReference = (): string => {
  // 256 is a multiple of 32: every character is equally likely.
  const chars = Array.from(crypto.randomBytes(LENGTH), (byte) => ALPHABET[byte % ALPHABET.length])
  return `BR-${chars.join('')}`
}
