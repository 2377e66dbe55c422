import type { ResolvedPluginOptions, SpeakersBureauPluginConfig } from './types'

import { defaults } from './defaults'

const given = <T extends object>(group: T | undefined): Partial<T> =>
  Object.fromEntries(
    Object.entries(group ?? {}).filter(([, value]) => value !== undefined),
  ) as Partial<T>

/** The options as given, over the defaults, group by group (an option left undefined keeps its default). */
export const resolvePluginOptions = (
  options: SpeakersBureauPluginConfig = {},
): ResolvedPluginOptions => ({
  api: { ...defaults.api, ...given(options.api) },
  auth: { ...defaults.auth, ...given(options.auth) },
  bookings: { ...defaults.bookings, ...given(options.bookings) },
  disabled: options.disabled ?? defaults.disabled,
  jobs: { ...defaults.jobs, ...given(options.jobs) },
  media: { ...defaults.media, ...given(options.media) },
  notifications: { ...defaults.notifications, ...given(options.notifications) },
  privacy: {
    ...defaults.privacy,
    ...given(options.privacy),
    retentionMonths: {
      ...defaults.privacy.retentionMonths,
      ...given(options.privacy?.retentionMonths),
    },
  },
  proposals: { ...defaults.proposals, ...given(options.proposals) },
  reviews: { ...defaults.reviews, ...given(options.reviews) },
  search: { ...defaults.search, ...given(options.search) },
})

/** Two sets of options, the second's winning, group by group (the host's over its own defaults). */
export const mergePluginOptions = (
  base: SpeakersBureauPluginConfig,
  over: SpeakersBureauPluginConfig = {},
): SpeakersBureauPluginConfig => ({
  api: { ...base.api, ...over.api },
  auth: { ...base.auth, ...over.auth },
  bookings: { ...base.bookings, ...over.bookings },
  disabled: over.disabled ?? base.disabled,
  jobs: { ...base.jobs, ...over.jobs },
  media: { ...base.media, ...over.media },
  notifications: { ...base.notifications, ...over.notifications },
  privacy: { ...base.privacy, ...over.privacy },
  proposals: { ...base.proposals, ...over.proposals },
  reviews: { ...base.reviews, ...over.reviews },
  search: { ...base.search, ...over.search },
})
