import { useSyncExternalStore } from 'react'
import { DISPLAY_CURRENCIES, type CurrencyRates, type DisplayCurrency } from '@cloud/domain/currency'
import { approxPrice, DEFAULT_RATES } from '@cloud/domain/currency'
import { callAction } from '../api'
import { taroStorage } from './locale'
import { createPreference } from './locale-preference'

export const currencyPreference = createPreference<DisplayCurrency>('jf.currency', DISPLAY_CURRENCIES, 'CNY', taroStorage)

let rates: CurrencyRates = DEFAULT_RATES
let ratesRequested = false
const rateListeners = new Set<() => void>()

/** Merchant-set rates, fetched once per app session when a non-CNY currency is first shown. */
function ensureRates(): void {
  if (ratesRequested) return
  ratesRequested = true
  void callAction('shop', 'settings.rates', {}).then((result) => {
    if (!result.ok) {
      ratesRequested = false
      return
    }
    rates = result.data.rates
    for (const l of [...rateListeners]) l()
  })
}

const subscribeRates = (l: () => void) => {
  rateListeners.add(l)
  return () => rateListeners.delete(l)
}
const getRates = () => rates

/** "≈ US$12.30" for a fen amount in the shopper's display currency, or null when showing CNY only. */
export function useApproxPrice(fen: number): string | null {
  const currency = useSyncExternalStore(currencyPreference.subscribe, currencyPreference.get, currencyPreference.get)
  const current = useSyncExternalStore(subscribeRates, getRates, getRates)
  if (currency === 'CNY') return null
  ensureRates()
  return approxPrice(fen, currency, current)
}

export function useCurrency() {
  const currency = useSyncExternalStore(currencyPreference.subscribe, currencyPreference.get, currencyPreference.get)
  return { currency, setCurrency: currencyPreference.set }
}
