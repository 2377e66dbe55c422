import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

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
export const refuseSuspiciousKeys: CollectionBeforeValidateHook = ({ collection, data }) => {
  const path = findSuspiciousPath(data)
  if (path) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        { message: 'Operator and prototype keys are not accepted.', path: path.split('.')[0] },
      ],
    })
  }
  return data
}
