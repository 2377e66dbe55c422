import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { beginPasswordAttempt, confirmPasswordAttempt } from '../../src/auth/passwordAttempts'
import { isPasswordCorrect } from '../../src/auth/passwordHash'
import { normalizeLogin } from '../../src/auth/signInKeys'
import type { SignInPolicy } from '../../src/auth/signInPolicy'
import { localize } from '../../src/i18n/localize'

const messages = {
  missing: {
    en: 'Enter your current password to change an e-mail address or password.',
    zh: '更改电子邮件地址或密码需要输入您当前的密码。',
  },
  wrong: {
    en: 'Your current password is not correct.',
    zh: '您当前的密码不正确。',
  },
}

/**
 * Changing an e-mail address or password (the keys to an account) needs the current password of
 * the person signed in: one's own, and an admin's own when they change someone else's. A stolen
 * session (an unlocked laptop, a leaked token) can then not take over accounts, and the admin does
 * not need to know the other person's password. Checked against the stored hash with Payload's
 * parameters, under the sign-in counters (a wrong one counts as a failed sign-in, so it is no way
 * around them). Our own code (no user) is not asked. The reset-password flow (no originalDoc)
 * proves itself with the mailed token instead. 400 naming `currentPassword`; nothing is stored.
 */
export const requireCurrentPassword =
  (policy: SignInPolicy): CollectionBeforeValidateHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !data || !originalDoc) return data
    const { currentPassword, ...rest } = data as Record<string, unknown>
    const isChangingPassword = typeof rest.password === 'string' && rest.password !== ''
    const isChangingEmail =
      typeof rest.email === 'string' &&
      normalizeLogin(rest.email) !== normalizeLogin(String(originalDoc.email ?? ''))
    if (!req.user || !(isChangingPassword || isChangingEmail)) return rest
    const refuse = (message: { en: string; zh: string }) =>
      new ValidationError({
        collection: collection.slug,
        errors: [{ message: localize(req, message), path: 'currentPassword' }],
      })
    if (typeof currentPassword !== 'string' || currentPassword === '')
      throw refuse(messages.missing)
    const attempt = await beginPasswordAttempt({ email: req.user.email ?? '', policy, req })
    const signedIn = await req.payload.db.findOne<{
      hash?: unknown
      id: number | string
      salt?: unknown
    }>({
      collection: req.user.collection ?? collection.slug,
      req,
      where: { id: { equals: req.user.id } },
    })
    if (!signedIn || !(await isPasswordCorrect(currentPassword, signedIn)))
      throw refuse(messages.wrong)
    if (attempt) await confirmPasswordAttempt(req, attempt)
    return rest
  }
