/**
 * Every combination of one choice per position, in order, but the combination of the first
 * choices, at most `max` of them. Cut at every position, not at the end: n positions of two
 * choices are 2^n combinations.
 */
export const otherCombinations = <T>(choices: T[][], max: number): T[][] => {
  let combinations: T[][] = [[]]
  for (const options of choices) {
    combinations = combinations
      .flatMap((start) => options.map((option) => [...start, option]))
      .slice(0, max + 1)
  }
  return combinations.slice(1)
}
