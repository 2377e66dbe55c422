/** The languages our mails are written in. */
export type MailLanguage = 'en' | 'zh'

/** Chinese tags that read Simplified characters; a Traditional reader gets the bilingual mail. */
const simplifiedChinese = /^zh(-(cn|sg|hans)(-.*)?)?$/

/**
 * The language a public form's sender reads, from their browser's Accept-Language: English or
 * Simplified Chinese when that is their first choice; undefined otherwise (no header, a server-side
 * caller, another language first), and the mail is then bilingual.
 */
export const requesterLanguage = (
  acceptLanguage: null | string | undefined,
): MailLanguage | undefined => {
  const [first] = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
      return { index, q: q ? Number(q.slice(2)) : 1, tag }
    })
    .filter(({ q, tag }) => tag && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  if (!first) return undefined
  if (first.tag === 'en' || first.tag.startsWith('en-')) return 'en'
  return simplifiedChinese.test(first.tag) ? 'zh' : undefined
}
