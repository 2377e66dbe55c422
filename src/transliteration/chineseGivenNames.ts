/**
 * Characters of Chinese given names that are read two ways, where pinyin-pro picks one without
 * knowing the person: 张朝阳 (Charles Zhang of Sohu) is Zhang Zhaoyang, not "chao yang"; 王重阳 is
 * Wang Chongyang, not "zhong yang"; a 乐 may be Le or Yue. Only readings that given names use: the
 * dictionary's every reading of a character (娜 `nuo`, 红 `gong`) would match names nobody spells so.
 */
const NAME_READINGS: Record<string, string[]> = {
  乐: ['le', 'yue'],
  传: ['chuan', 'zhuan'],
  柏: ['bai', 'bo'],
  盛: ['sheng', 'cheng'],
  朝: ['zhao', 'chao'],
  茜: ['qian', 'xi'],
  莘: ['shen', 'xin'],
  蔚: ['wei', 'yu'],
  行: ['xing', 'hang'],
  觉: ['jue', 'jiao'],
  重: ['chong', 'zhong'],
  长: ['chang', 'zhang'],
}

/** Most other readings kept for one given name. */
const MAX_READINGS = 8

/**
 * A Chinese given name's other readings, each as its syllables, pinyin-pro's own first and never
 * repeated (朝阳, read `chao yang`: `zhao yang`). None when no character of it is in the table.
 */
export const givenNameReadings = (name: string, syllables: string[]): string[][] => {
  const characters = [...name]
  if (characters.length !== syllables.length) return []
  let readings: string[][] = [[]]
  characters.forEach((character, i) => {
    const own = syllables[i]
    const each = [own, ...(NAME_READINGS[character] ?? []).filter((reading) => reading !== own)]
    readings = readings
      .flatMap((reading) => each.map((syllable) => [...reading, syllable]))
      .slice(0, MAX_READINGS + 1)
  })
  return readings.slice(1)
}
