import type { Field } from 'payload'

import { publishedAtField } from '../fields/publishedAtField'
import { reviewFields } from '../fields/reviewFields'
import { validateHttpUrl } from '../fields/validateHttpUrl'
import { slugFields } from '../fields/slugFields'
import { usedMediaField } from '../fields/usedMediaField'
import { feeBands, speakingLanguages } from '../options'
import { collectionSlugs } from '../slugs'

export const speakerFields: Field[] = [
  { name: 'name', type: 'text', index: true, maxLength: 120, required: true },
  ...slugFields({ from: 'name' }),
  {
    type: 'row',
    fields: [
      { name: 'honorific', type: 'text', admin: { width: '20%' }, maxLength: 40 },
      { name: 'jobTitle', type: 'text', admin: { width: '40%' }, maxLength: 120 },
      { name: 'organization', type: 'text', admin: { width: '40%' }, maxLength: 120 },
    ],
  },
  {
    name: 'shortBio',
    type: 'textarea',
    admin: { description: 'Plain text for cards and lists, up to 300 characters.' },
    maxLength: 300,
  },
  { name: 'bio', type: 'richText' },
  { name: 'photo', type: 'upload', relationTo: collectionSlugs.media },
  {
    name: 'topics',
    type: 'relationship',
    hasMany: true,
    index: true,
    relationTo: collectionSlugs.topics,
  },
  { name: 'languages', type: 'select', hasMany: true, options: speakingLanguages },
  {
    name: 'travelsFrom',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'city', type: 'text', maxLength: 80 },
          { name: 'country', type: 'text', maxLength: 80 },
        ],
      },
    ],
  },
  {
    name: 'feeBand',
    type: 'select',
    admin: { description: 'Standard fee for a 45-minute keynote; travel and hotel come on top.' },
    index: true,
    options: feeBands,
  },
  {
    name: 'videos',
    type: 'array',
    fields: [
      { name: 'title', type: 'text', maxLength: 160, required: true },
      { name: 'url', type: 'text', maxLength: 500, required: true, validate: validateHttpUrl },
    ],
    maxRows: 20,
  },
  {
    name: 'featured',
    type: 'checkbox',
    admin: { position: 'sidebar' },
    defaultValue: false,
    index: true,
  },
  publishedAtField,
  ...reviewFields,
  usedMediaField(),
  {
    name: 'interviews',
    type: 'join',
    collection: collectionSlugs.interviews,
    defaultLimit: 20,
    defaultSort: '-publishedAt',
    on: 'speakers',
  },
]
