import { z } from 'zod'
import { carrierByKuaidi100, carrierOf } from '../domain/logistics/carriers'

/**
 * One of the carriers the shop knows (domain/logistics/carriers.ts), by our code ('SF') or Kuaidi100's
 * company code ('shunfeng'), stored as our code: an unknown carrier would leave the parcel untrackable
 * and the shopper's parcel page unable to name it, so it is refused at the door.
 */
export const CarrierCode = z
  .string()
  .regex(/^[a-z0-9]{2,32}$/i, 'error.input.carrierCode')
  .transform((code, ctx) => {
    const known = carrierOf(code) ?? carrierByKuaidi100(code)
    if (!known) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'error.input.carrierCode' })
      return z.NEVER
    }
    return known.code
  })
