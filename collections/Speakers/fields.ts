import type { Field } from 'payload'

import { collectionNames } from '../../src/vocabulary/collectionNames'
import { clientComponent } from '../../src/vocabulary/componentPaths'
import { feeBands, speakingLanguages } from '../../src/vocabulary/options'
import { usedMediaField } from '../fields/usedMediaField'
import { validateHttpUrl } from '../fields/validateHttpUrl'
import { publishedAtField } from '../reviews/publishedAtField'
import { reviewFields } from '../reviews/reviewFields'
import { slugFields } from '../slugs/slugFields'
import { otherNamesField } from './otherNamesField'

export const speakerFields: Field[] = [
  {
    name: 'name',
    type: 'text',
    index: true,
    label: { en: 'Name', zh: '姓名' },
    maxLength: 120,
    required: true,
  },
  otherNamesField,
  ...slugFields({ from: 'name' }),
  {
    type: 'row',
    fields: [
      {
        name: 'honorific',
        type: 'text',
        admin: { width: '20%' },
        label: { en: 'Honorific', zh: '称谓' },
        maxLength: 40,
      },
      {
        name: 'jobTitle',
        type: 'text',
        admin: { width: '40%' },
        label: { en: 'Job title', zh: '职务' },
        maxLength: 120,
      },
      {
        name: 'organization',
        type: 'text',
        admin: { width: '40%' },
        label: { en: 'Organization', zh: '单位' },
        maxLength: 120,
      },
    ],
  },
  {
    name: 'shortBio',
    type: 'textarea',
    admin: {
      description: {
        en: 'Plain text for cards and lists, up to 300 characters.',
        zh: '用于卡片和列表的纯文本，最多 300 个字符。',
      },
    },
    label: { en: 'Short bio', zh: '简介' },
    maxLength: 300,
  },
  { name: 'bio', type: 'richText', label: { en: 'Biography', zh: '个人介绍' } },
  {
    name: 'photo',
    type: 'upload',
    label: { en: 'Photo', zh: '照片' },
    relationTo: collectionNames.media,
  },
  {
    name: 'topics',
    type: 'relationship',
    hasMany: true,
    index: true,
    label: { en: 'Topics', zh: '主题' },
    relationTo: collectionNames.topics,
  },
  {
    name: 'languages',
    type: 'select',
    hasMany: true,
    label: { en: 'Speaking languages', zh: '演讲语言' },
    options: speakingLanguages,
  },
  {
    name: 'travelsFrom',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'city', type: 'text', label: { en: 'City', zh: '城市' }, maxLength: 80 },
          {
            name: 'country',
            type: 'text',
            label: { en: 'Country', zh: '国家/地区' },
            maxLength: 80,
          },
        ],
      },
    ],
    label: { en: 'Travels from', zh: '出发地' },
  },
  {
    name: 'feeBand',
    type: 'select',
    admin: {
      description: {
        en: 'Standard fee for a 45-minute keynote; travel and hotel come on top.',
        zh: '45 分钟主题演讲的标准费用；差旅和住宿另计。',
      },
    },
    index: true,
    label: { en: 'Fee band', zh: '费用区间' },
    options: feeBands,
  },
  {
    name: 'videos',
    type: 'array',
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { en: 'Title', zh: '标题' },
        maxLength: 160,
        required: true,
      },
      {
        name: 'url',
        type: 'text',
        label: { en: 'URL', zh: '网址' },
        maxLength: 500,
        required: true,
        validate: validateHttpUrl,
      },
    ],
    label: { en: 'Videos', zh: '视频' },
    labels: {
      plural: { en: 'Videos', zh: '视频' },
      singular: { en: 'Video', zh: '视频' },
    },
    maxRows: 20,
  },
  {
    name: 'featured',
    type: 'checkbox',
    admin: { position: 'sidebar' },
    defaultValue: false,
    index: true,
    label: { en: 'Featured', zh: '精选' },
  },
  {
    // Staff see the speaker's holds and engagements here (src/holds/admin/SpeakerHolds.tsx).
    name: 'holdsOverview',
    type: 'ui',
    admin: { components: { Field: clientComponent('SpeakerHolds') }, position: 'sidebar' },
    label: { en: 'Holds and engagements', zh: '档期与活动' },
  },
  publishedAtField,
  ...reviewFields,
  usedMediaField(),
  {
    name: 'interviews',
    type: 'join',
    collection: collectionNames.interviews,
    defaultLimit: 20,
    defaultSort: '-publishedAt',
    label: { en: 'Interviews', zh: '访谈' },
    on: 'speakers',
  },
]
