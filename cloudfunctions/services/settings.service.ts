import type { Actor } from '../contracts/common'
import type { CurrencyRates, RatesGetOutput } from '../contracts/settings'
import { DEFAULT_RATES } from '../domain/currency'
import { db } from '../platform/cloud'
import { audit, diffSummary } from './audit.service'

interface ShopSettings {
  _id: 'shop'
  currencyRates?: Partial<CurrencyRates>
  currencyRatesUpdatedAt?: number
}

export async function getRates(): Promise<RatesGetOutput> {
  const { data } = await db().collection<ShopSettings>('settings').doc('shop').get()
  const stored = data?.currencyRates ?? {}
  return {
    rates: { HKD: stored.HKD ?? DEFAULT_RATES.HKD, USD: stored.USD ?? DEFAULT_RATES.USD },
    updatedAt: data?.currencyRatesUpdatedAt ?? null,
  }
}

export async function setRates(rates: CurrencyRates, actor: Actor, now: number): Promise<RatesGetOutput> {
  const settings = db().collection<ShopSettings>('settings')
  const before = await getRates()
  const { data } = await settings.doc('shop').get()
  if (data) await settings.doc('shop').update({ data: { currencyRates: rates, currencyRatesUpdatedAt: now } })
  else await settings.doc('shop').set({ data: { currencyRates: rates, currencyRatesUpdatedAt: now } })
  await audit({
    actor,
    at: now,
    action: 'settings.setRates',
    targetId: 'shop',
    summary: diffSummary(before.rates as unknown as Record<string, unknown>, rates as unknown as Record<string, unknown>, ['HKD', 'USD']),
  })
  return { rates, updatedAt: now }
}
