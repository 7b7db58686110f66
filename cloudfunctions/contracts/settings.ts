import { z } from 'zod'

/** Display currencies besides CNY; payment is always CNY. */
export const DISPLAY_CURRENCIES = ['CNY', 'HKD', 'USD'] as const
export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number]

/** Units of the currency per 1 CNY, e.g. USD 0.14. Display only: nothing is ever charged at these rates. */
export type CurrencyRates = Record<Exclude<DisplayCurrency, 'CNY'>, number>

/** Six decimal places are kept (conversion works in parts per million). */
const Rate = z.number().min(0.000001).max(1000)

export const RatesGetInput = z.object({})
export interface RatesGetOutput {
  rates: CurrencyRates
  updatedAt: number | null
}

export const RatesSetInput = z.object({ rates: z.object({ HKD: Rate, USD: Rate }).strict() })
export type RatesSetInput = z.input<typeof RatesSetInput>
