import { defineAction } from '../../core/action'
import { RatesSetInput } from '../../contracts/settings'
import { setRates } from '../../services/settings.service'

export const settingsSetRates = defineAction({
  name: 'settings.setRates',
  role: 'staff',
  summary: 'Set the display exchange rates (audited)',
  input: RatesSetInput,
  handler: ({ rates }, ctx) => setRates(rates, ctx.caller.openid!, ctx.now()),
})
