/** The bench's printed table and its JSON file. */
import { writeFileSync } from 'node:fs'

export interface Figure {
  name: string
  value: string
  target?: string
  /** undefined when there is no target or the figure could not be measured. */
  meets?: boolean
}

export function printTable(figures: Figure[], log: (line: string) => void): void {
  const rows = figures.map((f) => [f.name, f.value, f.target ?? '', f.meets === undefined ? '' : f.meets ? 'yes' : 'NO'])
  log('')
  for (const line of table(['figure', 'measured', 'target', 'meets'], rows)) log(line)
}

/** Header, rule and rows, each column padded to its widest cell. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)))
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ').trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)]
}

export function writeResults(file: string, data: unknown): void {
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n')
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
export const ms = (value: number) => `${value.toFixed(1)} ms`
