import type { CollectionConfig } from 'payload'

import { refuseChangesToPublicMedia } from '../hooks/sharedContent/refuseChangesToPublicMedia'
import { isAdmin } from '../src/access/isAdmin'
import { isContentTeam } from '../src/access/isContentTeam'
import { isContentTeamField } from '../src/access/isContentTeamField'
import { nobody } from '../src/access/nobody'
import { publicMediaOrContentTeam } from '../src/access/publicMediaOrContentTeam'
import { unusedMediaOrReviewers } from '../src/access/unusedMediaOrReviewers'
import { fileOrNotFound } from '../src/endpoints/fileOrNotFound'
import { collectionSlugs } from './slugs'

type Args = {
  staticDir: string
}

export const createMediaCollection = ({ staticDir }: Args): CollectionConfig => ({
  slug: collectionSlugs.media,
  access: {
    create: isContentTeam,
    delete: isAdmin,
    read: publicMediaOrContentTeam,
    update: unusedMediaOrReviewers,
  },
  defaultPopulate: { alt: true, filename: true, height: true, sizes: true, url: true, width: true },
  endpoints: [fileOrNotFound()],
  fields: [
    {
      name: 'alt',
      type: 'text',
      maxLength: 300,
      required: true,
    },
    {
      // Not indexed: a file is found by its (indexed) file names; given an index on this yes/no
      // column, SQLite's planner took it and read half the table per file
      // (scripts/measure-media-file.ts: +3.9 ms at 4,000 images against +1.5 ms without).
      name: 'isPublic',
      type: 'checkbox',
      access: { create: nobody, read: isContentTeamField, update: nobody },
      admin: {
        description:
          'Shown on a published speaker or interview: anyone may see it, and only reviewers and admins may change it. Kept up to date by the server.',
        position: 'sidebar',
        readOnly: true,
      },
      defaultValue: false,
      label: 'Public',
    },
  ],
  hooks: {
    beforeOperation: [refuseChangesToPublicMedia],
  },
  upload: {
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', height: 300, position: 'centre', width: 300 },
      { name: 'card', height: undefined, width: 640 },
      { name: 'profile', height: undefined, width: 1280 },
    ],
    mimeTypes: ['image/*'],
    staticDir,
  },
})
