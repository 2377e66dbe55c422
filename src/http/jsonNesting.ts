/**
 * Whether JSON text nests arrays and objects deeper than `maxDepth`, found by one pass over the
 * characters (strings and their escapes skipped), without parsing. Payload's code that walks the
 * parsed body is recursive: a 5,000-deep array overflowed the stack (in the slug hook's string
 * conversion, and Payload's deepCopyObjectSimple in every Local API create/update) and answered
 * 500. Invalid JSON is not judged here: the parser refuses it afterwards.
 */
export const isNestedDeeperThan = (text: string, maxDepth: number): boolean => {
  let depth = 0
  let isInString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (isInString) {
      if (char === 0x5c /* \ */) i++
      else if (char === 0x22 /* " */) isInString = false
      continue
    }
    if (char === 0x22) isInString = true
    else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      depth++
      if (depth > maxDepth) return true
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) depth--
  }
  return false
}

/** Whether a body looks like JSON (its first non-blank character opens an array or object). */
export const looksLikeJson = (text: string): boolean => /^\s*[[{]/.test(text)
