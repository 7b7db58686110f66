import { z } from 'zod'

import type { CurrencyRates } from '../domain/currency'

// Kept in the zod-free domain module so the mini program's main package never pulls in zod.
export { DISPLAY_CURRENCIES, type CurrencyRates, type DisplayCurrency } from '../domain/currency'

/** Six decimal places are kept (conversion works in parts per million). */
const Rate = z.number().min(0.000001).max(1000)

export const RatesGetInput = z.object({})
export interface RatesGetOutput {
  rates: CurrencyRates
  updatedAt: number | null
}

export const RatesSetInput = z.object({ rates: z.object({ HKD: Rate, USD: Rate }).strict() })
export type RatesSetInput = z.input<typeof RatesSetInput>
