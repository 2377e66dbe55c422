import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { collectionSlugs } from './slugs'

/**
 * The slug registry: one row per slug a document holds or held, unique per collection. Claiming a
 * slug is an insert that the unique index either accepts or refuses, so two editors saving "Kaiser
 * Kuo" at the same moment get `kaiser-kuo` and `kaiser-kuo-2`. A published document's old slugs stay
 * claimed, so no other document can take a URL that frontends still link to.
 */
export const SlugClaims: CollectionConfig = {
  slug: collectionSlugs.slugClaims,
  access: {
    create: () => false,
    delete: isAdmin,
    read: isAdmin,
    update: () => false,
  },
  admin: {
    group: 'System',
    hidden: ({ user }) => !user?.roles?.includes('admin'),
    useAsTitle: 'key',
  },
  // Records of what happened: a copy would be a forgery.
  disableDuplicate: true,
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true },
  ],
  graphQL: false,
}
