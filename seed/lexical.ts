import crypto from 'node:crypto'

/** Builders for Lexical rich text, so seed content reads like what the admin editor saves. */
const text = (value: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

export const paragraph = (value: string) => ({
  type: 'paragraph',
  children: [text(value)],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
})

/** A Q&A block (collections/Interviews/QABlock.ts). */
export const qa = (question: string, answer: string) => ({
  type: 'block',
  fields: {
    id: crypto.randomBytes(12).toString('hex'),
    answer,
    blockName: '',
    blockType: 'qa',
    question,
  },
  format: '',
  version: 2,
})

export const richText = (...children: object[]) => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})
