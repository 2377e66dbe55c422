import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { localize } from '../src/i18n/localize'

const NOT_ACCEPTED = {
  en: 'Operator and prototype keys are not accepted.',
  zh: '不接受运算符键和原型键（如 $gt、__proto__）。',
}

const isSuspicious = (key: string): boolean =>
  key === '__proto__' || key === 'constructor' || key === 'prototype' || key.startsWith('$')

const findSuspiciousPath = (value: unknown, path: string[] = []): string | undefined => {
  if (!value || typeof value !== 'object') return undefined
  for (const key of Object.keys(value)) {
    if (isSuspicious(key)) return [...path, key].join('.')
    const nested = findSuspiciousPath((value as Record<string, unknown>)[key], [...path, key])
    if (nested) return nested
  }
  return undefined
}

/** Refuses operator (`$gt`) and prototype (`__proto__`, `constructor`) keys anywhere in the body. */
export const refuseSuspiciousKeys: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const path = findSuspiciousPath(data)
  if (path) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: localize(req, NOT_ACCEPTED), path: path.split('.')[0] }],
    })
  }
  return data
}
