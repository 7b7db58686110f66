import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { RatesSetInput } from '../../contracts/settings'
import { setRates } from '../../services/settings.service'

export const settingsSetRates = defineAction({
  name: 'settings.setRates',
  role: 'staff',
  permission: 'settings.write',
  summary: 'Set the display exchange rates (audited)',
  input: RatesSetInput,
  handler: ({ rates }, ctx) => setRates(rates, actorOf(ctx.caller), ctx.now()),
})
