/** The account an attempt names, as Payload looks it up (lower-cased, trimmed). */
export const normalizeLogin = (email: string): string => email.toLowerCase().trim()

/** One (account, client address) pair; the store keeps only a keyed hash of it. */
export const pairKey = (login: string, clientIp: string): string => `${login}\n${clientIp}`
