import path from 'node:path'

import type { SpeakersBureauPluginConfig } from './types'

type Optional = 'bookingWebhookUrl' | 'revalidateWebhookUrl'

export const defaults: Required<Omit<SpeakersBureauPluginConfig, Optional>> &
  Pick<SpeakersBureauPluginConfig, Optional> = {
  bookingNotifyEmails: [],
  bookingSlaHours: 24,
  bookingWebhookUrl: undefined,
  revalidateWebhookUrl: undefined,
  disabled: false,
  lockTimeMinutes: 10,
  loginRateLimit: 20,
  loginRateWindowMinutes: 15,
  maxLoginAttempts: 5,
  notificationAttempts: 5,
  notificationRetryDelayMs: 30_000,
  secureCookies: process.env.NODE_ENV === 'production',
  tokenExpirationSeconds: 2 * 60 * 60,
  mediaDir: path.resolve(process.cwd(), '.data', 'media'),
  maxBodyBytes: 1024 * 1024,
  maxUploadBytes: 20 * 1024 * 1024,
}
