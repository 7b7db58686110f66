import { z } from 'zod'
import { defineAction } from '../../core/action'
import { ingestKuaidi100Push } from '../../services/shipment/tracking.service'

/** Kuaidi100's push as its form fields; trusted only through the sign (MD5(param + salt)), never the caller. */
export const Kuaidi100NotifyInput = z.object({ param: z.string().min(2).max(200_000), sign: z.string().max(64) })

export const carrierKuaidi100Notify = defineAction({
  name: 'carrier.kuaidiPush',
  role: 'anyone',
  summary: "Kuaidi100 push (HTTP access): sign checked against the salt, nodes merged once each, answered as Kuaidi100 expects",
  input: Kuaidi100NotifyInput,
  handler: (input, ctx) => ingestKuaidi100Push(input.param, input.sign, ctx.now()),
})
