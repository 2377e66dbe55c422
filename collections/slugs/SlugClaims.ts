import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { adminGroups } from '../adminGroups'
import { uniqueKeyField } from '../fields/uniqueKeyField'

/**
 * The slug registry: one row per slug a document holds or held, unique per collection. Claiming a
 * slug is an insert that the unique index either accepts or refuses, so two editors saving "Kaiser
 * Kuo" at the same moment get `kaiser-kuo` and `kaiser-kuo-2`. A published document's old slugs stay
 * claimed, so no other document can take a URL that frontends still link to.
 */
export const SlugClaims: CollectionConfig = {
  slug: collectionNames.slugClaims,
  access: {
    create: () => false,
    delete: isAdmin,
    read: isAdmin,
    update: () => false,
  },
  admin: {
    group: adminGroups.system,
    hidden: ({ user }) => !user?.roles?.includes('admin'),
    useAsTitle: 'key',
  },
  // Records of what happened: a copy would be a forgery.
  disableDuplicate: true,
  fields: [
    uniqueKeyField,
    { name: 'collection', type: 'text', label: { en: 'Collection', zh: '集合' }, required: true },
    { name: 'slug', type: 'text', label: { en: 'Slug', zh: '网址标识' }, required: true },
  ],
  graphQL: false,
  labels: {
    plural: { en: 'Slug claims', zh: '网址标识登记' },
    singular: { en: 'Slug claim', zh: '网址标识登记' },
  },
}
