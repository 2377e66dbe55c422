import type { SanitizedConfig } from 'payload'

/**
 * The absolute admin link of one document, for mails: from the config's `serverURL` (required by
 * the plugin) and admin route, never from the Host or X-Forwarded-Host a request came with.
 */
export const adminDocumentUrl = (
  config: Pick<SanitizedConfig, 'routes' | 'serverURL'>,
  collection: string,
  id: number | string,
): string =>
  `${config.serverURL.replace(/\/+$/, '')}${config.routes.admin}/collections/${collection}/${encodeURIComponent(String(id))}`
