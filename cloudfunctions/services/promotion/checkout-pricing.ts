/**
 * What the checkout knows about the shopper and the shop, in as few round trips as the path already
 * pays: ONE aggregate brings the selected cart lines (or, for buy-now, nothing), the member record, the
 * shopper's coupons and — only when the 30 s per-instance cache is stale — the settings singletons and
 * every active promotion, as `$lookup`s (docs/platform-facts.md §16). A quote therefore costs
 * the same requests as before promotions: this aggregate instead of the cart read, plus the products.
 *
 * For the cart the aggregate starts from `carts` (grouped to one row per shopper); for buy-now it
 * starts from the `members` record. Every shopper who holds a coupon has one (claiming and granting
 * create it), so no member row means no coupons; the config is then read on its own (cached).
 */
import { CART_MAX_LINES } from '../../contracts/cart'
import type { CouponView } from '../../domain/promotions/model'
import type { QuoteCoupons, QuoteCouponOption } from '../../contracts/checkout'
import { memberPricingOf, type MemberPricingFields } from '../../domain/membership/member-pricing'
import { quotePromotions, type CouponChoice, type EngineQuote, type PromoItem } from '../../domain/promotions/engine'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import type { CartRecord } from '../cart.service'
import { ACTIVE_LIMIT, activeFilter, cachedConfig, configFrom, pricingConfig, rememberConfig, settingsFilter, type PricingConfig } from './promotion-config'

export interface ShopperState {
  /** Cart lines, newest first (only when asked for). */
  cart: CartRecord[]
  member: (MemberPricingFields & { _id: string }) | null
  coupons: CouponView[]
  config: PricingConfig
}

/** Coupons that may still matter at checkout (available or locked); used and expired stay out. */
const LIVE = new Set(['available', 'locked'])

export async function loadShopperState(openid: string, withCart: boolean, now: number): Promise<ShopperState> {
  const _ = db().command
  const $ = _.aggregate
  const hit = cachedConfig(now)
  let agg = withCart
    ? db()
        .collection(COLLECTION.carts)
        .aggregate()
        .match({ openid })
        .sort({ updatedAt: -1 })
        .limit(CART_MAX_LINES)
        .group({ _id: '$openid', lines: $.push('$$ROOT') })
        .lookup({ from: COLLECTION.members, localField: '_id', foreignField: '_id', as: 'member' })
    : db().collection(COLLECTION.members).aggregate().match({ _id: openid })
  agg = agg.lookup({ from: COLLECTION.coupons, localField: '_id', foreignField: 'openid', as: 'coupons' })
  if (!hit) {
    agg = agg
      .lookup({ from: COLLECTION.settings, pipeline: $.pipeline().match(settingsFilter()).limit(10).done(), as: 'settings' })
      .lookup({ from: COLLECTION.promotions, pipeline: $.pipeline().match(activeFilter()).limit(ACTIVE_LIMIT).done(), as: 'active' })
  }
  const { list } = (await agg.limit(1).end()) as { list: Record<string, unknown>[] }
  const row = list[0]
  if (!row) return { cart: [], member: null, coupons: [], config: hit ?? (await pricingConfig(now)) }
  const config = hit ?? rememberConfig(configFrom(row.settings as never, row.active as never), now)
  const member = (withCart ? ((row.member as unknown[]) ?? [])[0] : row) as ShopperState['member'] | undefined
  return {
    cart: withCart ? ((row.lines as CartRecord[]) ?? []) : [],
    member: member ?? null,
    coupons: ((row.coupons as CouponView[]) ?? []).filter((c) => LIVE.has(c.status)),
    config,
  }
}

export interface PricingChoice {
  couponChoice: CouponChoice
  usePoints: number
  /** Re-pricing for this order (its own locked coupon still counts). */
  orderId?: string
}

/** A checkout line as the engine needs it; `special` is set by flash / group pricing. */
export type CheckoutPricingItem = PromoItem

/** The quote of these goods for this shopper now: the promotion engine over the state loaded above. */
export function priceForShopper(items: readonly CheckoutPricingItem[], shopper: ShopperState, choice: PricingChoice, now: number): EngineQuote {
  const { config } = shopper
  return quotePromotions({
    items,
    member: memberPricingOf(shopper.member, config.membership),
    promotions: config.promotions,
    coupons: shopper.coupons,
    couponChoice: choice.couponChoice,
    usePoints: choice.usePoints,
    pointsRule: config.membership.points,
    settings: config.promotion,
    shipping: config.shipping,
    now,
    orderId: choice.orderId,
  })
}

/** The quote's coupon picker: each usable coupon with what it would save, best first. */
export function couponsOfQuote(q: EngineQuote, shopper: ShopperState): QuoteCoupons {
  const byId = new Map(shopper.coupons.map((c) => [c._id, c]))
  const options: QuoteCouponOption[] = q.couponOptions
    .map((o) => {
      const c = byId.get(o.couponId)!
      return { couponId: c._id, name: c.name, benefit: c.benefit, thresholdFen: c.thresholdFen, expiresAt: c.expiresAt, applicable: o.applicable, saving: o.saving }
    })
    .sort((a, b) => Number(b.applicable) - Number(a.applicable) || b.saving - a.saving || a.expiresAt - b.expiresAt)
  const best = options.find((o) => o.applicable) ?? null
  return { options, chosenId: q.couponId, bestId: best?.couponId ?? null, rejected: q.couponRejected }
}
