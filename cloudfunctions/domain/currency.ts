/**
 * Display-only currency conversion. Prices are integer fen; a converted price is integer minor units
 * (cents) of the display currency. Rates are held as integer parts-per-million so the arithmetic is
 * exact integers and rounds once, half up.
 */
/** Display currencies besides CNY; payment is always CNY. */
export const DISPLAY_CURRENCIES = ['CNY', 'HKD', 'USD'] as const
export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number]

/** Units of the currency per 1 CNY, e.g. USD 0.14. Display only: nothing is ever charged at these rates. */
export type CurrencyRates = Record<Exclude<DisplayCurrency, 'CNY'>, number>

export const CURRENCY_SYMBOL: Record<DisplayCurrency, string> = { CNY: '¥', HKD: 'HK$', USD: 'US$' }

export const DEFAULT_RATES: CurrencyRates = { HKD: 1.09, USD: 0.14 }

export function rateToPpm(rate: number): number {
  if (!Number.isFinite(rate) || rate <= 0) throw new RangeError(`invalid rate ${rate}`)
  return Math.round(rate * 1_000_000)
}

/** 1230 fen at USD 0.14 → 172 cents. CNY is the identity. */
export function convertFen(fen: number, currency: DisplayCurrency, rates: CurrencyRates): number {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount of fen: ${fen}`)
  if (currency === 'CNY') return fen
  const ppm = rateToPpm(rates[currency])
  return Math.floor((fen * ppm + 500_000) / 1_000_000)
}

/** 172 → "US$1.72"; thousands separated the way the shop shows yuan. */
export function formatMinor(minor: number, currency: DisplayCurrency): string {
  const units = Math.floor(minor / 100)
  const cents = minor % 100
  return `${CURRENCY_SYMBOL[currency]}${units.toLocaleString('en-US')}.${cents.toString().padStart(2, '0')}`
}

/** The secondary line under a CNY price, e.g. "≈ US$12.30"; null for CNY (nothing to add). */
export function approxPrice(fen: number, currency: DisplayCurrency, rates: CurrencyRates): string | null {
  if (currency === 'CNY') return null
  return `≈ ${formatMinor(convertFen(fen, currency, rates), currency)}`
}
