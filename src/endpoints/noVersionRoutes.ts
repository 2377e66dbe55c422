import type { CollectionConfig, Endpoint } from 'payload'

import { NotFound } from 'payload'

/** A version route of a collection that keeps none: a 404, as for any other path it lacks. */
const notFound: Endpoint['handler'] = (req) => {
  throw new NotFound(req.t)
}

/**
 * Payload mounts `/versions` and `/versions/:id` on every collection, and on one that keeps no
 * versions they failed in the database adapter (a 500 for any signed-in user: holds, proposals).
 * Our collections without versions answer them 404 instead; endpoints of their own come first.
 */
export const withoutVersionRoutes = (collection: CollectionConfig): CollectionConfig =>
  collection.versions
    ? collection
    : {
        ...collection,
        endpoints: [
          ...(collection.endpoints || []),
          { handler: notFound, method: 'get', path: '/versions' },
          { handler: notFound, method: 'get', path: '/versions/:id' },
          { handler: notFound, method: 'post', path: '/versions/:id' },
        ],
      }
