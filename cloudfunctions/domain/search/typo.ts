/**
 * Miswritings. Most come from the pinyin input method picking a homophone (海兰宝 for 海蓝宝, 黑耀石 for
 * 黑曜石, 荧石 for 萤石), so replacing a character by one that sounds the same costs a third of an edit.
 * Pure: the caller supplies each character's readings.
 */

export type Readings = (ch: string) => readonly string[]

export const HOMOPHONE_COST = 0.34

function substitution(a: string, b: string, readings: Readings): number {
  if (a === b) return 0
  const ra = readings(a)
  return ra.length && readings(b).some((r) => ra.includes(r)) ? HOMOPHONE_COST : 1
}

/** Weighted Levenshtein distance over characters (code points). */
export function editDistance(a: string, b: string, readings: Readings): number {
  const x = [...a]
  const y = [...b]
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const row = [i]
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + substitution(x[i - 1], y[j - 1], readings))
    }
    prev = row
  }
  return prev[y.length]
}

/** How far a word of this length may be from a known one and still be taken for it. */
export function allowedDistance(length: number): number {
  if (length <= 1) return 0
  if (length === 2) return HOMOPHONE_COST
  if (length <= 4) return 1
  return 2
}

/** The known words nearest to `word` within the allowed distance, nearest first (ties: shorter, then as listed). */
export function nearestWords(word: string, vocabulary: Iterable<string>, readings: Readings, limit = 3, allowed = allowedDistance([...word].length)): { word: string; distance: number }[] {
  const len = [...word].length
  const found: { word: string; distance: number }[] = []
  for (const v of vocabulary) {
    if (v === word) continue
    const vl = [...v].length
    if (Math.abs(vl - len) > Math.floor(allowed)) continue
    const d = editDistance(word, v, readings)
    if (d <= allowed + 1e-9) found.push({ word: v, distance: d })
  }
  return found.sort((a, b) => a.distance - b.distance || [...a.word].length - [...b.word].length).slice(0, limit)
}
