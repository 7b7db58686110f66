/** Stored 秒杀 flash sales, their stock buckets and the per-shopper claims. */
import type { FlashSale } from '../../contracts/specials'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { recordKey } from '../record-key'

export type FlashSaleDoc = FlashSale

/** One share of a sale's stock. `remaining` only moves by conditional `_.inc`; never below 0. */
export interface FlashBucketDoc {
  _id: string
  saleId: string
  index: number
  remaining: number
  /** Units this bucket started with (the settlement puts back what is left of all of them). */
  initial: number
}

/** Units one shopper holds in one sale, with the orders that hold them; `units` never exceeds the limit. */
export interface FlashClaimDoc {
  _id: string
  saleId: string
  openid: string
  units: number
  orderIds: string[]
  createdAt: number
  updatedAt: number
}

export const flashSales = () => db().collection<FlashSaleDoc>(COLLECTION.flash_sales)
export const flashBuckets = () => db().collection<FlashBucketDoc>(COLLECTION.flash_stock)
export const flashClaims = () => db().collection<FlashClaimDoc>(COLLECTION.flash_claims)

export const bucketId = (saleId: string, index: number) => `${saleId}-b${index}`
export const claimIdFor = (saleId: string, openid: string) => recordKey('fc', saleId, openid)

/** What a flash order keeps of its sale, so cancel and settlement can give the unit back where it came from. */
export interface FlashOrderPart {
  saleId: string
  bucketId: string
  claimId: string
  units: number
}
