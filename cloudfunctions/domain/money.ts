/**
 * Money is integer fen (分) everywhere. These helpers are the only place fen become text or yuan
 * become fen, so rounding happens once and the same way on client and server.
 */

export function assertFen(value: number, what = 'amount'): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer of fen, got ${value}`)
  return value
}

/** 1230 → "12.30", 123456 → "1,234.56"; negative amounts keep their sign ("-5.00") for refund lines. */
export function fenToYuanText(fen: number): string {
  return fenToYuanPlain(fen).replace(/^(-?)(\d+)/, (_, sign: string, yuan: string) => `${sign}${Number(yuan).toLocaleString('en-US')}`)
}

/** 123456 → "1234.56": no grouping, for text a machine or a form field reads back (CSV cells, edit forms). */
export function fenToYuanPlain(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`)
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${(abs % 100).toString().padStart(2, '0')}`
}

/** 1230 → "¥12.30" */
export function formatCny(fen: number): string {
  const text = fenToYuanText(fen)
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`
}

/** "12.3" / "12.30" / "12" → 1230. Rejects more than two decimals instead of silently rounding. */
export function yuanTextToFen(text: string): number {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text)
  if (!m) throw new RangeError(`not an amount in yuan: "${text}"`)
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

/**
 * Splits `total` fen across `weights` in proportion, largest-remainder method, so the parts always add
 * up to exactly `total` (a refund of every line returns exactly what was paid).
 */
export function allocateProportionally(total: number, weights: readonly number[]): number[] {
  assertFen(total, 'total')
  const sum = weights.reduce((a, b) => a + assertFen(b, 'weight'), 0)
  if (weights.length === 0) return []
  if (sum === 0) {
    const parts = weights.map(() => 0)
    parts[0] = total
    return parts
  }
  const raw = weights.map((w) => (total * w) / sum)
  const parts = raw.map(Math.floor)
  let rest = total - parts.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (rest === 0) break
    parts[i] += 1
    rest -= 1
  }
  return parts
}

