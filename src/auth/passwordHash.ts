import crypto from 'node:crypto'

/**
 * Payload 3.90's password hashes (payload/dist/auth/strategies/local/generatePasswordSaltHash.js,
 * not exported): `pbkdf2-sha256-v1:<hex>` with 600,000 iterations and 32 bytes, or the legacy bare
 * hex with 25,000 iterations and 512 bytes. A test checks these against hashes Payload wrote.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

const pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number) =>
  new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )

type Stored = { hash?: unknown; salt?: unknown }

/** Whether `password` matches a stored Payload hash and salt, compared in constant time. */
export const isPasswordCorrect = async (password: string, { hash, salt }: Stored) => {
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const isCurrent = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = isCurrent ? CURRENT : LEGACY
  const expected = new Uint8Array(
    Buffer.from(isCurrent ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex'),
  )
  const actual = new Uint8Array(await pbkdf2(password, salt, iterations, keyLength))
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

/** A hash and salt as Payload writes them today. */
export const hashPassword = async (password: string): Promise<Required<Stored>> => {
  const salt = crypto.randomBytes(32).toString('hex')
  const key = await pbkdf2(password, salt, CURRENT.iterations, CURRENT.keyLength)
  return { hash: `${CURRENT_PREFIX}${key.toString('hex')}`, salt }
}
