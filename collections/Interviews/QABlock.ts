import type { Block } from 'payload'

import { requiredOnPublish } from '../reviews/requiredOnPublish'

/** One question and its answer, so a reprinted Q&A interview keeps its shape. */
export const QABlock: Block = {
  slug: 'qa',
  // Blocks inside rich text are not reached by the collection's requiredOnPublish.
  fields: requiredOnPublish([
    {
      name: 'question',
      type: 'textarea',
      label: { en: 'Question', zh: '问题' },
      maxLength: 1000,
      required: true,
    },
    {
      name: 'answer',
      type: 'textarea',
      label: { en: 'Answer', zh: '回答' },
      maxLength: 10000,
      required: true,
    },
  ]),
  interfaceName: 'QABlock',
  labels: {
    plural: { en: 'Questions and answers', zh: '问答' },
    singular: { en: 'Question and answer', zh: '问答' },
  },
}
