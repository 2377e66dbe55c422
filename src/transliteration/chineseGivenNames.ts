import { otherCombinations } from '../utilities/combinations'

/**
 * Characters that given names read otherwise than pinyin-pro's pick, with the readings names use:
 * 张朝阳 (Charles Zhang of Sohu) is Zhang Zhaoyang, not "chao yang"; 王重阳 is Wang Chongyang, not
 * "zhong yang"; a 乐 may be Le or Yue, a 茜 Qian or Xi, a 莘 Shen or Xin. A reading is added only
 * when pinyin-pro picked another, and only readings that given names have: the dictionary's every
 * reading of a character (长 `zhang`, 娜 `nuo`, 红 `gong`) would match names nobody spells so.
 */
const NAME_READINGS: Record<string, string[]> = {
  乐: ['le', 'yue'],
  朝: ['zhao'],
  茜: ['qian', 'xi'],
  莘: ['shen', 'xin'],
  重: ['chong'],
}

/** Most other readings kept for one given name. */
const MAX_READINGS = 8

/**
 * A Chinese given name's other readings, each as its syllables, never pinyin-pro's own (朝阳, read
 * `chao yang`: `zhao yang`). None when no character of it is in the table.
 */
export const givenNameReadings = (name: string, syllables: string[]): string[][] => {
  const characters = [...name]
  if (characters.length !== syllables.length) return []
  const choices = characters.map((character, i) => [
    syllables[i],
    ...(NAME_READINGS[character] ?? []).filter((reading) => reading !== syllables[i]),
  ])
  return otherCombinations(choices, MAX_READINGS)
}
