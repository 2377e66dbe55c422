/** The most a public (anonymous) read may ask for: hooks/queries/capPublicReads.ts enforces them. */
export type PublicReadCaps = { maxDepth: number; maxLimit: number }

/** Where the plugin leaves the caps in the config, for the OpenAPI document to read. */
export const PUBLIC_READ_CAPS_KEY = 'speakersBureauPublicReadCaps'
