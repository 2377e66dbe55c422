/**
 * Two-character family names: without this list 欧阳娜娜 would be read as 欧 + 阳娜娜. Simplified and
 * traditional forms of the ones in use today (Hundred Family Surnames, compound section).
 */
const COMPOUND_CHINESE_SURNAMES = new Set(
  (
    '欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 长孙 長孫 宇文 司徒 夏侯 ' +
    '令狐 端木 独孤 獨孤 南宫 南宮 西门 西門 轩辕 軒轅 呼延 澹台 澹臺 公冶 太史 申屠 钟离 鍾離 闻人 聞人 ' +
    '万俟 萬俟 赫连 赫連 濮阳 濮陽 淳于 单于 單于 拓跋 百里 东郭 東郭 左丘 司空 司寇 第五 乐正 樂正 ' +
    '公羊 谷梁 穀梁 仲孙 仲孫 叔孙 叔孫 宗政 巫马 巫馬 梁丘'
  ).split(' '),
)

/** Two-syllable Korean family names (남궁민 is 남궁 + 민). */
const COMPOUND_KOREAN_SURNAMES = new Set([
  '남궁',
  '황보',
  '제갈',
  '사공',
  '선우',
  '서문',
  '독고',
  '동방',
])

/** A run of 2–4 Han or Hangul characters in a person's name is a family name and a given name. */
export const isPersonNameRun = (run: string): boolean => {
  const length = [...run].length
  return length >= 2 && length <= 4
}

/** How many characters of a Han or Hangul name the family name takes (1 or 2). */
export const surnameLength = (run: string): number => {
  const firstTwo = [...run].slice(0, 2).join('')
  const compound = COMPOUND_CHINESE_SURNAMES.has(firstTwo) || COMPOUND_KOREAN_SURNAMES.has(firstTwo)
  return compound && [...run].length > 2 ? 2 : 1
}
