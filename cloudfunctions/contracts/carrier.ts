import { z } from 'zod'
import { CARRIERS, carrierByKuaidi100, carrierOf } from '../domain/logistics/carriers'

/** Our carrier codes ('SF') and Kuaidi100's company codes ('shunfeng') for the same carriers. */
const ACCEPTED_CARRIER_CODES = [...CARRIERS.map((c) => c.code), ...CARRIERS.map((c) => c.kuaidi100)] as [string, ...string[]]

/**
 * One of the carriers the shop knows (domain/logistics/carriers.ts), by our code or Kuaidi100's, stored as
 * our code: an unknown carrier would leave the parcel untrackable and the shopper's parcel page unable to
 * name it, so it is refused at the door.
 */
export const CarrierCode = z
  .enum(ACCEPTED_CARRIER_CODES, { errorMap: () => ({ message: 'error.input.carrierCode' }) })
  .transform((code) => (carrierOf(code) ?? carrierByKuaidi100(code))?.code ?? code)
