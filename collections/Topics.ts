import type { CollectionConfig } from 'payload'

import { preventTopicCycles } from '../hooks/preventTopicCycles'
import { refuseMistypedValues } from '../hooks/refuseMistypedValues'
import { ignoreDraftsForPublic } from '../hooks/reviews/ignoreDraftsForPublic'
import { refuseChangesToPublicTopics } from '../hooks/sharedContent/refuseChangesToPublicTopics'
import { generateSlug } from '../hooks/slugs/generateSlug'
import { releaseSlugsOfDeleted } from '../hooks/slugs/releaseSlugsOfDeleted'
import { releaseSupersededSlugs } from '../hooks/slugs/releaseSupersededSlugs'
import { anyone } from '../src/access/anyone'
import { isAdmin } from '../src/access/isAdmin'
import { isContentTeam } from '../src/access/isContentTeam'
import { findBySlug } from '../src/slugs/findBySlug'
import { collectionNames } from '../src/vocabulary/collectionNames'
import { adminGroups } from './adminGroups'
import { slugFields } from './slugs/slugFields'

/** Topic lists ("internet experts"), nestable; public from their first save (no drafts). */
export const Topics: CollectionConfig = {
  slug: collectionNames.topics,
  access: {
    create: isContentTeam,
    delete: isAdmin,
    read: anyone,
    update: isContentTeam,
  },
  admin: {
    defaultColumns: ['name', 'slug', 'parent'],
    group: adminGroups.content,
    useAsTitle: 'name',
  },
  defaultPopulate: { name: true, slug: true },
  endpoints: [findBySlug(collectionNames.topics)],
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', zh: '名称' },
      maxLength: 120,
      required: true,
    },
    ...slugFields({ from: 'name' }),
    {
      name: 'description',
      type: 'textarea',
      label: { en: 'Description', zh: '说明' },
      maxLength: 1000,
    },
    {
      name: 'parent',
      type: 'relationship',
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      index: true,
      label: { en: 'Parent topic', zh: '上级主题' },
      relationTo: collectionNames.topics,
    },
    {
      name: 'speakers',
      type: 'join',
      collection: collectionNames.speakers,
      defaultLimit: 20,
      defaultSort: 'name',
      label: { en: 'Speakers', zh: '演讲嘉宾' },
      on: 'topics',
    },
    {
      name: 'interviews',
      type: 'join',
      collection: collectionNames.interviews,
      defaultLimit: 20,
      defaultSort: '-publishedAt',
      label: { en: 'Interviews', zh: '访谈' },
      on: 'topics',
    },
  ],
  hooks: {
    afterChange: [releaseSupersededSlugs],
    afterDelete: [releaseSlugsOfDeleted],
    // Topics have no drafts, but their joins do: `?draft=true` would list the speakers' and
    // interviews' newest versions, and a published one with a pending draft would drop out.
    beforeOperation: [ignoreDraftsForPublic, refuseChangesToPublicTopics],
    beforeValidate: [refuseMistypedValues, generateSlug({ from: 'name' }), preventTopicCycles],
  },
  labels: {
    plural: { en: 'Topics', zh: '主题' },
    singular: { en: 'Topic', zh: '主题' },
  },
}
