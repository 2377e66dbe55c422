import type { CollectionConfig } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { publishedAtField } from '../fields/publishedAtField'
import { reviewFields } from '../fields/reviewFields'
import { slugFields } from '../fields/slugFields'
import { validateHttpUrl } from '../fields/validateHttpUrl'
import { previewFor } from '../fields/previewFor'
import { reviewAdminComponents } from '../fields/reviewAdminComponents'
import { requiredOnPublish } from '../fields/requiredOnPublish'
import { reviewedContent } from '../fields/reviewedContent'
import { usedMediaField } from '../fields/usedMediaField'
import { collectionSlugs } from '../slugs'
import { QABlock } from './QABlock'

/** Interviews with our speakers, often reprinted from a newspaper, drafted and published after review. */
export const Interviews: CollectionConfig = {
  slug: collectionSlugs.interviews,
  ...reviewedContent({ slug: collectionSlugs.interviews, slugFrom: 'title' }),
  admin: {
    components: reviewAdminComponents,
    defaultColumns: ['title', 'speakers', 'reviewState', 'publishedAt', '_status'],
    group: 'Content',
    preview: previewFor(collectionSlugs.interviews),
    useAsTitle: 'title',
  },
  defaultPopulate: { excerpt: true, publishedAt: true, slug: true, title: true },
  defaultSort: '-publishedAt',
  fields: requiredOnPublish([
    { name: 'title', type: 'text', maxLength: 200, required: true },
    ...slugFields({ from: 'title' }),
    {
      name: 'speakers',
      type: 'relationship',
      hasMany: true,
      index: true,
      minRows: 1,
      relationTo: collectionSlugs.speakers,
      required: true,
    },
    {
      name: 'source',
      type: 'group',
      admin: { description: 'Where the interview first appeared, for reprints.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'publication', type: 'text', maxLength: 160 },
            {
              name: 'originalDate',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
          ],
        },
        { name: 'url', type: 'text', maxLength: 500, validate: validateHttpUrl },
      ],
    },
    { name: 'excerpt', type: 'textarea', maxLength: 400 },
    {
      name: 'body',
      type: 'richText',
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures,
          BlocksFeature({ blocks: [QABlock] }),
        ],
      }),
    },
    {
      name: 'topics',
      type: 'relationship',
      hasMany: true,
      index: true,
      relationTo: collectionSlugs.topics,
    },
    publishedAtField,
    ...reviewFields,
    usedMediaField(),
  ]),
}
