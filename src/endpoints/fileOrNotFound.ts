import type { CollectionSlug, Endpoint } from 'payload'

import { Forbidden, NotFound } from 'payload'

import { withUserFileHeaders } from '../http/userFileHeaders'

const FILE_PATH = '/file/:filename'

/** Marks our endpoint, so the built-in one it calls is found among the collection's endpoints. */
const MARK = 'fileOrNotFound'

/**
 * `GET /api/<upload collection>/file/:filename` (and the image sizes' files) as Payload serves them,
 * except that a file the reader may not read answers 404, as an unknown name does, instead of
 * Payload's 403, which would confirm that the file exists. Collection endpoints are matched before
 * Payload's own, so this one answers and calls the built-in handler. Every answer, a storage
 * adapter's included, carries the sandboxing user-file headers (userFileHeaders.ts): this is where
 * the file is answered, whatever spelling of its URL reached it.
 */
export const fileOrNotFound = (): Endpoint => ({
  custom: { [MARK]: true },
  handler: async (req) => {
    const collection = req.payload.collections[req.routeParams?.collection as CollectionSlug]
    const builtIn = (collection?.config.endpoints || []).find(
      (endpoint) =>
        endpoint.method === 'get' && endpoint.path === FILE_PATH && !endpoint.custom?.[MARK],
    )
    if (!builtIn) throw new NotFound(req.t)
    try {
      return withUserFileHeaders(await builtIn.handler(req))
    } catch (err) {
      if (err instanceof Forbidden) throw new NotFound(req.t)
      throw err
    }
  },
  method: 'get',
  path: FILE_PATH,
})
