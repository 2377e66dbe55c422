import type { ResolvedPluginOptions } from './types'

/** Every option's default. Nothing here reads the environment: the host app does that. */
export const defaults: ResolvedPluginOptions = {
  api: {
    graphQLDeadlineMs: 5_000,
    graphQLHideSuggestions: undefined,
    graphQLMaxCost: 5_000,
    graphQLMaxRootFields: 20,
    maxBodyBytes: 1024 * 1024,
    publicMaxDepth: 3,
    publicMaxLimit: 1_000,
  },
  auth: {
    collection: undefined,
    loginRateLimit: 20,
    loginRateWindowMinutes: 15,
    minPasswordLength: 12,
    // Secure unless the host says otherwise (the host app turns it off outside production).
    secureCookies: true,
    signInDelayAfterFailures: 5,
    signInDelayBaseMs: 250,
    signInDelayMaxMs: 8_000,
    signInFailuresPerAddress: 5,
    signInFailureWindowMinutes: 15,
    tokenExpirationSeconds: 2 * 60 * 60,
  },
  bookings: {
    acknowledgementsPerDay: 3,
    maxBodyBytes: 64 * 1024,
    rateLimit: 5,
    rateWindowMinutes: 10,
    slaHours: 24,
  },
  disabled: false,
  jobs: { staleAfterSeconds: 300 },
  media: { dir: undefined, maxUploadBytes: 20 * 1024 * 1024 },
  notifications: {
    attempts: 5,
    bookingWebhookUrl: undefined,
    retryDelayMs: 30_000,
    revalidateWebhookUrl: undefined,
    staffEmails: [],
  },
  privacy: {
    homeCountryNames: [
      'China',
      'CN',
      'PRC',
      "People's Republic of China",
      '中国',
      '中华人民共和国',
    ],
    policyVersion: '1',
    retentionCron: '30 3 * * *',
    // Confirmed bookings are accounting records: seven years.
    retentionMonths: { archived: 24, confirmed: 84, declined: 24 },
  },
  proposals: { expiryDays: 14, holdDays: 7 },
  reviews: { previewUrl: undefined },
  // 03:40 every day (the server's time zone).
  search: { engine: undefined, pruneCron: '40 3 * * *' },
}
