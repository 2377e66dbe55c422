import type { DateFieldValidation } from 'payload'

import { localize } from '../../src/i18n/localize'

const timeOf = (value: unknown): number | undefined =>
  value === null || value === undefined || value === ''
    ? undefined
    : new Date(value as string).getTime()

/**
 * An instant that must lie ahead when given (an expiry): a past one is a 400 naming the field. Left
 * as stored on an update, it is not judged again (the admin form sends every field back).
 */
export const validateFutureInstant: DateFieldValidation = (
  value,
  { operation, previousValue, req },
) => {
  const time = timeOf(value)
  if (operation === 'update' && time === timeOf(previousValue)) return true
  if (time === undefined)
    return localize(req, { en: 'This field is required.', zh: '此字段为必填项。' })
  return Number.isFinite(time) && time > Date.now()
    ? true
    : localize(req, { en: 'This must be in the future.', zh: '必须晚于当前时间。' })
}
