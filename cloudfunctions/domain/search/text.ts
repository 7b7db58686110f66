/**
 * Text rules shared by the index and the query: one normal form for both sides, size terms, scripts.
 * Pure: no library, no I/O.
 */

/** Full-width to half-width (NFKC), lower case, one space between words. */
export function normaliseText(raw: string): string {
  // NFKC is the slow part of building the index: skip it for text that is plain ASCII and common Han
  const plain = !/[^\s!-~\u4e00-\u9fff]/.test(raw)
  return (plain ? raw : raw.normalize('NFKC')).toLowerCase().replace(/[\s\u3000]+/g, ' ').trim()
}

/** Punctuation a shopper types by habit that never carries meaning in a product search. */
const NOISE = /[!-/:-@[-`{-~·•，。、；：？！“”‘’（）【】《》〈〉「」『』〔〕…—～￥]/g

/** What is left to tokenise: letters, digits, Chinese and single spaces. */
export function stripNoise(text: string): string {
  return text.replace(NOISE, ' ').replace(/ +/g, ' ').trim()
}

export const isHan = (ch: string): boolean => /\p{Script=Han}/u.test(ch)

/** Sizes as typed: 8mm, 8 mm, 8毫米, 8MM, 1cm / 1厘米 / 1公分 (= 10 mm). Bead and piece sizes are ≤ 2000 mm. */
const SIZE = /(\d{1,4}(?:\.\d{1,2})?)\s*(mm|毫米|cm|厘米|公分)/g

export function extractSizes(text: string): { sizes: number[]; rest: string } {
  const sizes: number[] = []
  const rest = text.replace(SIZE, (_m, n: string, unit: string) => {
    const mm = Number(n) * (unit === 'mm' || unit === '毫米' ? 1 : 10)
    if (mm > 0 && mm <= 2000 && !sizes.includes(mm)) sizes.push(Math.round(mm * 10) / 10)
    return ' '
  })
  return { sizes, rest: rest.replace(/ +/g, ' ').trim() }
}

/** Sizes a SKU name states, e.g. "8mm" or "10 毫米" → [8] / [10]. */
export function sizesInName(name: string): number[] {
  return extractSizes(normaliseText(name)).sizes
}

/** Splits into runs of Han and of letters-and-digits ("s925" stays one run); anything else ends a run. */
export function scriptRuns(text: string): { kind: 'han' | 'latin' | 'alnum'; text: string }[] {
  const runs: { kind: 'han' | 'alnum'; text: string }[] = []
  let current: { kind: 'han' | 'alnum'; text: string } | null = null
  for (const ch of text) {
    const kind = isHan(ch) ? 'han' : /[a-z0-9]/.test(ch) ? 'alnum' : null
    if (kind && current && current.kind === kind) {
      current.text += ch
      continue
    }
    if (current) runs.push(current)
    current = kind ? { kind, text: ch } : null
  }
  if (current) runs.push(current)
  return runs.map((r) => (r.kind === 'alnum' && /^[a-z]+$/.test(r.text) ? { kind: 'latin', text: r.text } : r))
}
