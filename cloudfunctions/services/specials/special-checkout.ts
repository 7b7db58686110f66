/**
 * A buy-now at a 秒杀 or 拼团 price: the loader checkout-quote calls (price the line at the special
 * price, fill PricingItem.special so the promotion engine puts nothing on top) and the steps order
 * create runs for it. A normal checkout never reaches this file and pays no request for it.
 *
 * Flash: the units come from the sale's own buckets, never from the SKU's normal stock; the shopper's
 * limit is claimed first (claim ↔ release), then a unit is taken (take ↔ give back), then the order is
 * inserted. Group: stock is the SKU's normal stock (reserved like any order); the seat is taken when
 * the order is paid (services/group/group-seat.ts).
 */
import type { QuoteItem } from '../../contracts/checkout'
import { AppError, notFound } from '../../core/errors'
import { flashPhase, flashRefusal, offerLive } from '../../domain/specials'
import type { PricingItem } from '../../domain/pricing'
import { flashSales, type FlashOrderPart, type FlashSaleDoc } from '../flash/flash-record'
import { claimLimit, releaseClaim, returnFlashUnits, seenSoldOut, takeFlashUnits } from '../flash/flash-stock'
import { groupIdFor, groupOffers, groups, type GroupOfferDoc, type GroupOrderPart } from '../group/group-record'
import type { WorkflowStep } from '../workflow/run-workflow'

export type SpecialPurchase =
  | { kind: 'flash'; sale: FlashSaleDoc }
  | { kind: 'group'; offer: GroupOfferDoc; groupId: string | null }

export interface BuyNowSource {
  productId: string
  skuId: string
  quantity: number
  flashSaleId?: string
  group?: { offerId: string; groupId?: string }
}

type Line = QuoteItem & { skuIndex: number } & Pick<PricingItem, 'special'>

/**
 * Prices `line` (the one buy-now line) at the special's price and checks that it may be bought now.
 * Throws a shopper-readable refusal otherwise. Returns undefined for a plain buy-now.
 */
export async function loadSpecial(openid: string, src: BuyNowSource, line: Line, now: number): Promise<SpecialPurchase | undefined> {
  if (src.flashSaleId) {
    const sale = (await flashSales().doc(src.flashSaleId).get()).data
    if (!sale || sale.productId !== src.productId || sale.skuId !== src.skuId) throw notFound('flashSale', src.flashSaleId)
    if (line.removed) throw notFound('product', line.productId)
    const refusal = flashRefusal(flashPhase(sale, now, seenSoldOut(sale, now) ? 0 : undefined))
    if (refusal) throw new AppError(refusal === 'error.flash.soldOut' ? 'SOLD_OUT' : 'CONFLICT', refusal, { title: line.title }, { saleId: sale._id })
    if (src.quantity > sale.perShopperLimit) throw new AppError('CONFLICT', 'error.flash.limitReached', { limit: sale.perShopperLimit }, { limit: sale.perShopperLimit })
    // The units are the sale's own: the SKU's normal stock (possibly 0 now) does not limit them.
    const listed = line.invalidReason !== 'unlisted'
    Object.assign(line, {
      unitPrice: sale.price,
      special: { kind: 'flash', sourceId: sale._id, listUnitPrice: sale.listPrice },
      valid: listed,
      stock: sale.quantity,
    })
    if (listed) delete line.invalidReason
    return { kind: 'flash', sale }
  }
  if (src.group) {
    const offer = (await groupOffers().doc(src.group.offerId).get()).data
    if (!offer || offer.productId !== src.productId || offer.skuId !== src.skuId) throw notFound('groupOffer', src.group.offerId)
    if (line.removed) throw notFound('product', line.productId)
    if (!offerLive(offer, now)) throw new AppError('CONFLICT', 'error.group.offerClosed', {}, { offerId: offer._id })
    if (src.quantity !== 1) throw new AppError('INVALID_INPUT', 'error.group.oneEach')
    if (src.group.groupId) {
      const group = (await groups().doc(src.group.groupId).get()).data
      if (!group || group.offerId !== offer._id) throw notFound('group', src.group.groupId)
      if (group.status !== 'forming' || group.expiresAt <= now) throw new AppError('CONFLICT', 'error.group.closed', {}, { groupId: group._id })
      if (group.seatsTaken >= group.size) throw new AppError('CONFLICT', 'error.group.full', {}, { groupId: group._id })
      if (group.memberOpenids.includes(openid)) throw new AppError('CONFLICT', 'error.group.alreadyIn', {}, { groupId: group._id })
    }
    Object.assign(line, { unitPrice: offer.price, special: { kind: 'group', sourceId: offer._id, listUnitPrice: offer.listPrice } })
    return { kind: 'group', offer, groupId: src.group.groupId ?? null }
  }
  return undefined
}

/** Flash lines take their units from the sale, not from the SKU: order create reserves normal stock for the rest. */
export const usesNormalStock = (line: object) => (line as Pick<PricingItem, 'special'>).special?.kind !== 'flash'

/** Fields a special order carries (its sale or group), merged into the order record before insert. */
export function specialOrderFields(special: SpecialPurchase | undefined, orderId: string, units: number): Record<string, unknown> {
  if (!special) return {}
  if (special.kind === 'flash') {
    const flash: FlashOrderPart = { saleId: special.sale._id, bucketId: '', claimId: '', units }
    return { flashSaleId: special.sale._id, flash }
  }
  const group: GroupOrderPart = { offerId: special.offer._id, leader: !special.groupId, size: special.offer.groupSize, hours: special.offer.hours, formedAt: null }
  return { groupId: special.groupId ?? groupIdFor(orderId), group, specialListPrice: special.offer.listPrice }
}

export interface SpecialStepContext {
  openid: string
  orderId: string
  now: number
  goods: { special?: SpecialPurchase }
  record: { flash?: FlashOrderPart }
}

/** Workflow contexts whose claim step made the claim (a racing twin of the same order did not). */
const claimedHere = new WeakSet<object>()

/** Flash only: claim the shopper's limit ↔ release it; take a unit from a bucket ↔ give it back. */
export function specialSteps<C extends SpecialStepContext>(): WorkflowStep<C>[] {
  return [
    {
      name: 'claimFlashLimit',
      done: 'order.flashClaimed',
      run: async (ctx) => {
        const special = ctx.goods.special
        if (special?.kind !== 'flash' || !ctx.record.flash) return
        const claim = await claimLimit(special.sale, ctx.openid, ctx.orderId, ctx.record.flash.units, ctx.now)
        ctx.record.flash.claimId = claim.id
        if (claim.mine) claimedHere.add(ctx)
      },
      compensate: async (ctx) => {
        if (ctx.record.flash?.claimId && claimedHere.has(ctx)) await releaseClaim(ctx.record.flash.claimId, ctx.orderId, ctx.record.flash.units, ctx.now)
      },
    },
    {
      name: 'takeFlashUnit',
      done: 'order.flashTaken',
      run: async (ctx) => {
        const special = ctx.goods.special
        if (special?.kind !== 'flash' || !ctx.record.flash) return
        const bucket = await takeFlashUnits(special.sale, ctx.record.flash.units, ctx.now)
        if (!bucket) throw new AppError('SOLD_OUT', 'error.flash.soldOut', { title: special.sale.title }, { saleId: special.sale._id })
        ctx.record.flash.bucketId = bucket
      },
      compensate: async (ctx) => {
        const f = ctx.record.flash
        if (f?.bucketId) await returnFlashUnits(f.bucketId, f.units, f.saleId)
      },
    },
  ]
}
