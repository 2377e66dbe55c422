import { printMarkdownTable } from '../load/markdownTable'

export type Row = { metric: string; pass: boolean | null; target: string; value: string }

/** The one table at the end: metric, value, target, pass/fail (Markdown). */
export const printTable = (rows: Row[]): void =>
  printMarkdownTable(
    ['metric', 'value', 'target', 'result'],
    rows.map((r) => [
      r.metric,
      r.value,
      r.target,
      r.pass === null ? 'info' : r.pass ? 'pass' : 'FAIL',
    ]),
  )

export const ms = (value: number): string => `${value.toFixed(1)} ms`
export const ratio = (value: number): string => value.toFixed(2)
