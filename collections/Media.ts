import type { CollectionConfig } from 'payload'

import { refuseMistypedValues } from '../hooks/refuseMistypedValues'
import { refuseChangesToPublicMedia } from '../hooks/sharedContent/refuseChangesToPublicMedia'
import { isAdmin } from '../src/access/isAdmin'
import { isContentTeam } from '../src/access/isContentTeam'
import { nobody } from '../src/access/nobody'
import { publicMediaOrContentTeam } from '../src/access/publicMediaOrContentTeam'
import { unusedMediaOrReviewers } from '../src/access/unusedMediaOrReviewers'
import { fileOrNotFound } from '../src/endpoints/fileOrNotFound'
import { collectionNames } from '../src/vocabulary/collectionNames'

type Args = {
  /** Where files are written; unset: Payload's default (the collection's name, beside the config). */
  staticDir?: string
}

export const createMediaCollection = ({ staticDir }: Args): CollectionConfig => ({
  slug: collectionNames.media,
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
      admin: {
        description: {
          en: 'What the image shows, for people who cannot see it (screen readers, slow connections).',
          zh: '图片内容的文字说明，供无法看到图片的人使用（读屏软件、网速较慢时）。',
        },
      },
      label: { en: 'Alternative text', zh: '替代文字' },
      maxLength: 300,
      required: true,
    },
    {
      // Not indexed: a file is found by its (indexed) file names; given an index on this yes/no
      // column, SQLite's planner took it and read half the table per file
      // (scripts/measure-media-file.ts: +3.9 ms at 4,000 images against +1.5 ms without).
      name: 'isPublic',
      type: 'checkbox',
      access: { create: nobody, read: isContentTeam, update: nobody },
      admin: {
        description: {
          en: 'Shown on a published speaker or interview: anyone may see it, and only reviewers and admins may change it. Kept up to date by the server.',
          zh: '已在已发布的演讲嘉宾或访谈中使用：任何人都可以看到，只有审核人和管理员可以修改。由服务器自动更新。',
        },
        position: 'sidebar',
        readOnly: true,
      },
      defaultValue: false,
      label: { en: 'Public', zh: '公开' },
    },
  ],
  hooks: {
    beforeOperation: [refuseChangesToPublicMedia],
    beforeValidate: [refuseMistypedValues],
  },
  labels: {
    plural: { en: 'Media', zh: '媒体文件' },
    singular: { en: 'Media', zh: '媒体文件' },
  },
  upload: {
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', height: 300, position: 'centre', width: 300 },
      { name: 'card', height: undefined, width: 640 },
      { name: 'profile', height: undefined, width: 1280 },
    ],
    mimeTypes: ['image/*'],
    ...(staticDir ? { staticDir } : {}),
  },
})
