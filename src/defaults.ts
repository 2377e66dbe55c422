import path from 'node:path'

import type { SpeakersBureauPluginConfig } from './types'

export const defaults: Required<Omit<SpeakersBureauPluginConfig, 'bookingWebhookUrl'>> &
  Pick<SpeakersBureauPluginConfig, 'bookingWebhookUrl'> = {
  bookingNotifyEmails: [],
  bookingSlaHours: 24,
  bookingWebhookUrl: undefined,
  disabled: false,
  lockTimeMinutes: 10,
  maxLoginAttempts: 5,
  notificationAttempts: 5,
  notificationRetryDelayMs: 30_000,
  mediaDir: path.resolve(process.cwd(), '.data', 'media'),
}
