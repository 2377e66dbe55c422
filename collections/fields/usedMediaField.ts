import type { Field } from 'payload'

import { listUsedMedia } from '../../hooks/sharedContent/listUsedMedia'
import { isContentTeam } from '../../src/access/isContentTeam'
import { nobody } from '../../src/access/nobody'
import { USED_MEDIA } from '../../src/sharedContent/usedMediaOf'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/**
 * The media a document shows, kept by the server on every save (hooks/sharedContent/listUsedMedia):
 * what decides whether an image is public (media `isPublic`) and who may change it.
 */
export const usedMediaField = (): Field => ({
  name: USED_MEDIA,
  type: 'relationship',
  access: { create: nobody, read: isContentTeam, update: nobody },
  admin: { hidden: true },
  hasMany: true,
  hooks: { beforeChange: [listUsedMedia] },
  index: true,
  relationTo: collectionNames.media,
})
