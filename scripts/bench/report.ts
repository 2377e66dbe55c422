export type Row = { metric: string; pass: boolean | null; target: string; value: string }

/** The one table at the end: metric, value, target, pass/fail (Markdown). */
export const printTable = (rows: Row[]): void => {
  const cells = [
    ['metric', 'value', 'target', 'result'],
    ...rows.map((r) => [
      r.metric,
      r.value,
      r.target,
      r.pass === null ? 'info' : r.pass ? 'pass' : 'FAIL',
    ]),
  ]
  const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => row[i].length)))
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  console.log(line(cells[0]))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of cells.slice(1)) console.log(line(row))
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`
export const ratio = (value: number): string => value.toFixed(2)
