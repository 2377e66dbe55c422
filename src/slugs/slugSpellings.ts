/** Above this many hyphen-separated parts, no joined spellings are tried (2^(n-1) of them). */
const MAX_PARTS = 10

/**
 * The slugs a syllable-split spelling may stand for, the spelling itself first: `li-xiao-hua` →
 * `li-xiao-hua`, `li-xiaohua`, `lixiao-hua`, `lixiaohua`. Case is ignored (`Li-Xiao-Hua` too).
 */
export const slugSpellings = (input: string): string[] => {
  const slug = input.trim().toLowerCase()
  const parts = slug.split('-')
  if (parts.length < 2 || parts.length > MAX_PARTS || parts.some((part) => !part)) return [slug]
  const spellings: string[] = []
  for (let joins = 0; joins < 2 ** (parts.length - 1); joins++) {
    spellings.push(
      parts.reduce((spelling, part, i) => `${spelling}${(joins >> (i - 1)) & 1 ? '' : '-'}${part}`),
    )
  }
  return spellings
}
