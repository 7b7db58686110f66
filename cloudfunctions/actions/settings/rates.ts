import { defineAction } from '../../core/action'
import { RatesGetInput } from '../../contracts/settings'
import { getRates } from '../../services/settings.service'

export const settingsRates = defineAction({
  name: 'settings.rates',
  role: 'anyone',
  summary: 'Display exchange rates (HKD, USD per 1 CNY); payment is always CNY',
  input: RatesGetInput,
  handler: () => getRates(),
})
