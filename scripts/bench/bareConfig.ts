import type { Plugin } from 'payload'

import { buildAppConfig } from '../../src/buildAppConfig'
import { dataDir } from '../../src/dataDir'
import { pickDatabaseAdapter } from '../../src/db/pickDatabaseAdapter'
import { pickEmailAdapter } from '../../src/email/pickEmailAdapter'
import { HTTP_CACHING_KEY } from '../../src/http/withHttpCaching'
import { resolveSecret } from '../../src/resolveSecret'
import { resolveServerUrl } from '../../src/resolveServerUrl'
import { allowedOrigins } from '../../src/security/allowedOrigins'
import { collectionNames } from '../../src/vocabulary/collectionNames'

const publicContent = new Set<string>([
  collectionNames.speakers,
  collectionNames.interviews,
  collectionNames.topics,
  collectionNames.media,
])

/**
 * The bench's "bare Payload": every collection, field and endpoint stays as the plugin defines it (so
 * the database schema is the same), but no collection has hooks, content is readable by anyone
 * without the plugin's access rule (which adds `_status = 'published'` to every anonymous query),
 * and answers carry no caching headers of ours.
 */
const withoutPluginBehaviour: Plugin = (config) => ({
  ...config,
  // Stock Payload's answers: no ETag or Cache-Control of ours (src/http/withHttpCaching.ts).
  custom: { ...config.custom, [HTTP_CACHING_KEY]: false },
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    access: publicContent.has(collection.slug)
      ? { ...collection.access, read: () => true }
      : collection.access,
    hooks: {},
  })),
})

/** src/payload.config.ts, with the plugin's behaviour taken off as above. */
export const bareConfig = buildAppConfig({
  db: pickDatabaseAdapter({ dataDir, uri: process.env.DATABASE_URI }),
  email: pickEmailAdapter(process.env),
  origins: allowedOrigins(process.env),
  plugins: [withoutPluginBehaviour],
  secret: resolveSecret({ dataDir, env: process.env }),
  serverURL: resolveServerUrl(process.env),
})
