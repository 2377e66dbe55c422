import type { Access, Where } from 'payload'

import { NotFound } from 'payload'

import { hasRole } from './hasRole'

const shown: Where = { isPublic: { equals: true } }

/**
 * Editors, reviewers and admins read every image. Everyone else (anonymous visitors, frontends,
 * staff) reads only media a published speaker or interview shows: the `isPublic` flag the speakers'
 * and interviews' hooks keep (syncPublicMedia), so serving a file stays Payload's one lookup by file
 * name (about +1.5 ms, flat with the number of images: scripts/measure-media-file.ts). Applies to
 * lists, counts, by id, GraphQL, populated relations and the files themselves.
 *
 * Asked about one document with its data (docAccess, as publishedOrContentTeam explains), a hidden
 * image is missing (404), as an unknown id is.
 */
export const publicMediaOrContentTeam: Access = async ({ collectionConfig, data, id, req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (id !== undefined && data !== undefined && collectionConfig) {
    const { totalDocs } = await req.payload.db.count({
      collection: collectionConfig.slug,
      req,
      where: { and: [{ id: { equals: id } }, shown] },
    })
    if (totalDocs === 0) throw new NotFound(req.t)
  }
  return shown
}
