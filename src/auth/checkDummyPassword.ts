import crypto from 'node:crypto'

import { hashPassword, isPasswordCorrect } from './passwordHash'

let dummy: ReturnType<typeof hashPassword> | undefined

/**
 * Checks a password against a hash nobody knows the password of, at the cost of checking a real
 * one: a sign-in for an account that does not exist takes as long as a wrong password for one that
 * does (Payload answers an unknown e-mail at once, ~5 ms against ~125 ms, which tells which
 * accounts exist).
 */
export const checkDummyPassword = async (password: string): Promise<void> => {
  dummy ??= hashPassword(crypto.randomBytes(32).toString('hex'))
  await isPasswordCorrect(password, await dummy)
}
