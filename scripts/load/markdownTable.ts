/** Prints a header and rows of cells as one Markdown table, each column as wide as its widest cell. */
export const printMarkdownTable = (header: string[], rows: string[][]): void => {
  const cells = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)))
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
}
