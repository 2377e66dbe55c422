const OPENERS = new Set(['(', '[', '{'])
const CLOSERS = new Set([')', ']', '}'])

/**
 * How deeply brackets nest in a GraphQL document's text, outside strings, block strings and
 * comments, in one pass without recursion; stops counting once past `max`. graphql-js parses
 * recursively: a list value nested 5,000 deep (`in: [[[[…]]]]`) overflows the stack inside the
 * parser, before any validation rule (the depth limit included) sees the document.
 */
export const findNestingDepth = (query: string, max: number): number => {
  let depth = 0
  let deepest = 0
  for (let i = 0; i < query.length; i++) {
    const char = query[i]
    if (char === '#') {
      while (i < query.length && query[i] !== '\n' && query[i] !== '\r') i++
    } else if (query.startsWith('"""', i)) {
      i += 3
      while (i < query.length && !query.startsWith('"""', i)) i += query[i] === '\\' ? 2 : 1
      i += 2
    } else if (char === '"') {
      i++
      while (i < query.length && query[i] !== '"' && query[i] !== '\n')
        i += query[i] === '\\' ? 2 : 1
    } else if (OPENERS.has(char)) {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > max) return deepest
    } else if (CLOSERS.has(char)) {
      depth--
    }
  }
  return deepest
}
