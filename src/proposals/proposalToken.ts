import crypto from 'node:crypto'

/**
 * A proposal's link token: an HMAC of the proposal's random nonce (32 bytes) under the server's
 * secret, so the mail job can write the link again without the token being stored anywhere. The
 * database keeps the nonce and the token's SHA-256 (to find the proposal); neither alone, nor
 * both, gives the token without the secret. 256 bits, URL-safe.
 */
export const newTokenNonce = (): string => crypto.randomBytes(32).toString('base64url')

/** The link's token (looked up by its hash: src/utilities/linkTokens.ts). */
export const proposalToken = (secret: string, nonce: string): string =>
  crypto.createHmac('sha256', secret).update(`proposal:${nonce}`).digest('base64url')
