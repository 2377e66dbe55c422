import type { CollectionConfig } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { collectionNames } from '../../src/vocabulary/collectionNames'
import { adminGroups } from '../adminGroups'
import { dayField } from '../fields/dayField'
import { usedMediaField } from '../fields/usedMediaField'
import { validateHttpUrl } from '../fields/validateHttpUrl'
import { publishedAtField } from '../reviews/publishedAtField'
import { requiredOnPublish } from '../reviews/requiredOnPublish'
import { reviewAdminComponents } from '../reviews/reviewAdminComponents'
import { withReviewedContent } from '../reviews/reviewedContent'
import { reviewFields } from '../reviews/reviewFields'
import { slugFields } from '../slugs/slugFields'
import { QABlock } from './QABlock'

/** Interviews with our speakers, often reprinted from a newspaper, drafted and published after review. */
export const Interviews: CollectionConfig = withReviewedContent({
  slug: collectionNames.interviews,
  slugFrom: 'title',
})({
  slug: collectionNames.interviews,
  admin: {
    components: reviewAdminComponents,
    defaultColumns: ['title', 'speakers', 'reviewState', 'publishedAt', '_status'],
    group: adminGroups.content,
    useAsTitle: 'title',
  },
  defaultPopulate: { excerpt: true, publishedAt: true, slug: true, title: true },
  defaultSort: '-publishedAt',
  fields: requiredOnPublish([
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', zh: '标题' },
      maxLength: 200,
      required: true,
    },
    ...slugFields({ from: 'title' }),
    {
      name: 'speakers',
      type: 'relationship',
      hasMany: true,
      index: true,
      label: { en: 'Speakers', zh: '演讲嘉宾' },
      minRows: 1,
      relationTo: collectionNames.speakers,
      required: true,
    },
    {
      name: 'source',
      type: 'group',
      admin: {
        description: {
          en: 'Where the interview first appeared, for reprints.',
          zh: '访谈最初发表的出处（用于转载）。',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'publication',
              type: 'text',
              label: { en: 'Publication', zh: '刊物' },
              maxLength: 160,
            },
            dayField({
              name: 'originalDate',
              label: { en: 'Original date', zh: '原发表日期' },
            }),
          ],
        },
        {
          name: 'url',
          type: 'text',
          label: { en: 'URL of the original', zh: '原文网址' },
          maxLength: 500,
          validate: validateHttpUrl,
        },
      ],
      label: { en: 'Source', zh: '出处' },
    },
    {
      name: 'excerpt',
      type: 'textarea',
      label: { en: 'Excerpt', zh: '摘要' },
      maxLength: 400,
    },
    {
      name: 'body',
      type: 'richText',
      label: { en: 'Text', zh: '正文' },
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
      label: { en: 'Topics', zh: '主题' },
      relationTo: collectionNames.topics,
    },
    publishedAtField,
    ...reviewFields,
    usedMediaField(),
  ]),
  labels: {
    plural: { en: 'Interviews', zh: '访谈' },
    singular: { en: 'Interview', zh: '访谈' },
  },
})
