import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isAdmin } from '../src/access/isAdmin'
import { isContentTeam } from '../src/access/isContentTeam'
import { collectionSlugs } from './slugs'

type Args = {
  staticDir: string
}

export const createMediaCollection = ({ staticDir }: Args): CollectionConfig => ({
  slug: collectionSlugs.media,
  access: {
    create: isContentTeam,
    delete: isAdmin,
    read: anyone,
    update: isContentTeam,
  },
  defaultPopulate: { alt: true, filename: true, height: true, sizes: true, url: true, width: true },
  fields: [
    {
      name: 'alt',
      type: 'text',
      maxLength: 300,
      required: true,
    },
  ],
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
