type LexicalNode = {
  children?: LexicalNode[]
  fields?: Record<string, unknown>
  text?: unknown
  type?: string
}

const collect = (node: LexicalNode | undefined, out: string[]): void => {
  if (!node || typeof node !== 'object') return
  if (typeof node.text === 'string') out.push(node.text)
  // A block's own text fields (an interview's questions and answers).
  if (node.type === 'block' && node.fields) {
    for (const value of Object.values(node.fields)) if (typeof value === 'string') out.push(value)
  }
  for (const child of node.children ?? []) collect(child, out)
}

/** The words of a Lexical rich-text value, blocks' text fields included, for the search index. */
export const richTextPlainText = (value: unknown): string => {
  const out: string[] = []
  collect((value as { root?: LexicalNode } | null)?.root, out)
  return out.join(' ')
}
