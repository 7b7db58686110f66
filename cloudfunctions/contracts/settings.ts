import { z } from 'zod'

/** Display currencies besides CNY; payment is always CNY. */
export const DISPLAY_CURRENCIES = ['CNY', 'HKD', 'USD'] as const
export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number]

/** Units of the currency per 1 CNY, e.g. USD 0.14. Display only: nothing is ever charged at these rates. */
export type CurrencyRates = Record<Exclude<DisplayCurrency, 'CNY'>, number>

const Rate = z.number().positive().max(1000).refine((n) => Math.round(n * 1e6) === Math.round(n * 1e6 * 1) && Math.round(n * 1e6) > 0, 'rate too small')

export const RatesGetInput = z.object({})
export interface RatesGetOutput {
  rates: CurrencyRates
  updatedAt: number | null
}

export const RatesSetInput = z.object({ rates: z.object({ HKD: Rate, USD: Rate }).strict() })
export type RatesSetInput = z.input<typeof RatesSetInput>
