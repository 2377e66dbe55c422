import type { Access, Where } from 'payload'

import { NotFound } from 'payload'

import { hasRole } from './hasRole'

const published: Where = { _status: { equals: 'published' } }

/**
 * Editors, reviewers and admins read every document, drafts included. Everyone else (anonymous
 * visitors, frontends, and staff, who triage bookings rather than content) reads published ones only.
 *
 * Asked about one document with its data (Payload's docAccess: `POST /api/<collection>/access/:id`,
 * GraphQL `docAccess<Collection>`, the admin's document permissions), Payload loads the document
 * without access control and answers 404 only when there is none, so a draft's id answered `200`
 * where a missing id answers `404`. For everyone else a document that is not published is missing.
 */
export const publishedOrContentTeam: Access = async ({ collectionConfig, data, id, req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (id !== undefined && data !== undefined && collectionConfig) {
    const { totalDocs } = await req.payload.db.count({
      collection: collectionConfig.slug,
      req,
      where: { and: [{ id: { equals: id } }, published] },
    })
    if (totalDocs === 0) throw new NotFound(req.t)
  }
  return published
}
