import path from 'node:path'

import type { SpeakersBureauPluginConfig } from './types'

type Optional =
  'bookingWebhookUrl' | 'graphQLHideSuggestions' | 'previewUrl' | 'revalidateWebhookUrl'

export const defaults: Required<Omit<SpeakersBureauPluginConfig, Optional>> &
  Pick<SpeakersBureauPluginConfig, Optional> = {
  bookingNotifyEmails: [],
  bookingSlaHours: 24,
  bookingWebhookUrl: undefined,
  previewUrl: undefined,
  jobsStaleAfterSeconds: 300,
  bookingRateLimit: 5,
  bookingRateWindowMinutes: 10,
  bookingMaxBodyBytes: 64 * 1024,
  bookingAcknowledgementsPerDay: 3,
  revalidateWebhookUrl: undefined,
  disabled: false,
  loginRateLimit: 20,
  loginRateWindowMinutes: 15,
  minPasswordLength: 12,
  signInDelayAfterFailures: 5,
  signInDelayBaseMs: 250,
  signInDelayMaxMs: 8_000,
  signInFailuresPerAddress: 5,
  signInFailureWindowMinutes: 15,
  notificationAttempts: 5,
  notificationRetryDelayMs: 30_000,
  // Secure unless the host says otherwise (the host app turns it off outside production).
  secureCookies: true,
  tokenExpirationSeconds: 2 * 60 * 60,
  mediaDir: path.resolve(process.cwd(), '.data', 'media'),
  maxBodyBytes: 1024 * 1024,
  maxUploadBytes: 20 * 1024 * 1024,
  graphQLMaxCost: 5_000,
  graphQLMaxRootFields: 20,
  graphQLDeadlineMs: 5_000,
  graphQLHideSuggestions: undefined,
  publicMaxLimit: 1_000,
  publicMaxDepth: 3,
}
