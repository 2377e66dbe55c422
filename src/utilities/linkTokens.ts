import crypto from 'node:crypto'

/**
 * Secret links (a proposal's, a speaker's calendar feed): 256-bit tokens, base64url (43
 * characters), stored only as their SHA-256, which is what a link is looked up by.
 */
export const newLinkToken = (): string => crypto.randomBytes(32).toString('base64url')

export const hashToken = (token: string): string =>
  crypto.createHash('sha256').update(token).digest('hex')

/** What a link may hold: 43 base64url characters (anything else is unknown). */
export const isTokenShaped = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
