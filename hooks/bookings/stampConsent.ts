import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A new request's consent is stamped with the time and the privacy policy version in force (the
 * plugin's `privacy.policyVersion`), whatever the body said; a later save keeps the consent as it
 * was given, whoever saves it and however (the Local API skips field access).
 */
export const stampConsent =
  (policyVersion: string): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc }) => {
    if (operation === 'create') {
      return {
        ...data,
        consentRecord: { givenAt: new Date().toISOString(), policyVersion },
        consentTransfer: data.consentTransfer === true,
      }
    }
    return {
      ...data,
      consent: originalDoc?.consent ?? null,
      consentRecord: originalDoc?.consentRecord ?? null,
      consentTransfer: originalDoc?.consentTransfer ?? null,
    }
  }
