import type { PayloadRequest } from 'payload'

import { localize } from '../../src/i18n/localize'
import { checkEmailAddress } from './checkEmailAddress'

/** Payload field validation: a required e-mail address (checkEmailAddress), in req's language. */
export const validateEmail = (
  value: unknown,
  { req }: { req?: Pick<PayloadRequest, 'i18n'> } = {},
): string | true => {
  const checked = checkEmailAddress(value)
  return checked === true ? true : localize(req, checked)
}
