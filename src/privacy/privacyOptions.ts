import type { Payload } from 'payload'

import type { RateLimitRule } from '../rateLimits/rateLimitStore'

/** Where the privacy endpoints and jobs find their options: the config's `custom`. */
export const PRIVACY_OPTIONS_KEY = 'speakersBureauPrivacy'

export type PrivacySettings = {
  /** The counters keyed by a person's address: acknowledgement mails, failed sign-ins of an account. */
  addressCounters: { acknowledgements: RateLimitRule; signInAccount: RateLimitRule }
  retentionMonths: Partial<Record<string, number>>
}

export const privacySettingsOf = (payload: Payload): PrivacySettings =>
  payload.config.custom?.[PRIVACY_OPTIONS_KEY] as PrivacySettings
