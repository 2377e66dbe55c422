import type { SanitizedConfig } from 'payload'

/** How large and how deeply nested a request body to `/api` may be. */
export type BodyLimits = {
  /** JSON, urlencoded and any other body that is not multipart (bytes). */
  maxBodyBytes: number
  /** Deepest nesting of arrays and objects in a JSON body (or `where`/`_payload` JSON). */
  maxJsonDepth: number
  /** A multipart upload: the file plus the other form fields (bytes). */
  maxUploadBodyBytes: number
}

/** Where the plugin leaves the limits in the config, for the route wrapper and Express to read. */
export const BODY_LIMITS_KEY = 'speakersBureauBodyLimits'

export const DEFAULT_BODY_LIMITS: BodyLimits = {
  maxBodyBytes: 1024 * 1024,
  maxJsonDepth: 100,
  maxUploadBodyBytes: 20 * 1024 * 1024 + 1024 * 1024,
}

/** The limits the plugin put in the config (the defaults for a config without the plugin). */
export const bodyLimitsOf = (config: Pick<SanitizedConfig, 'custom'>): BodyLimits => ({
  ...DEFAULT_BODY_LIMITS,
  ...(config.custom?.[BODY_LIMITS_KEY] as Partial<BodyLimits> | undefined),
})

export const isMultipart = (contentType: null | string | undefined): boolean =>
  /^multipart\//i.test(contentType ?? '')

/** The cap for a body of this content type: uploads get the upload limit, the rest the body limit. */
export const capFor = (contentType: null | string | undefined, limits: BodyLimits): number =>
  isMultipart(contentType) ? limits.maxUploadBodyBytes : limits.maxBodyBytes
