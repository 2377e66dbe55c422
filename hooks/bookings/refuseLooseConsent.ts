import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { type Bilingual, localize } from '../../src/i18n/localize'

const consentFieldNames = ['consent', 'consentTransfer'] as const

const notBoolean: Bilingual = {
  en: 'Send true or false here (a JSON boolean), not text such as "true": consent is given by ticking the box.',
  zh: '此处请发送 JSON 布尔值 true 或 false，不要发送 "true" 这样的文本：勾选该框才表示同意。',
}

/**
 * A new request's consents are JSON booleans, as the OpenAPI document says (`consent` is
 * `const: true`). Payload's field hooks read the text "true" as the boolean before any validation
 * runs, so the body is judged here, as it was sent: consent is a ticked box, not a string that
 * looks like one. Absent or null is left to the fields' own rules (consent is required;
 * consentTransfer where a chosen speaker is abroad).
 */
export const refuseLooseConsent: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create') return args
  const data = ((args as { data?: unknown }).data ?? {}) as Record<string, unknown>
  const errors = consentFieldNames
    .filter((name) => data[name] !== undefined && data[name] !== null)
    .filter((name) => typeof data[name] !== 'boolean')
    .map((path) => ({ message: localize(req, notBoolean), path }))
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return args
}
