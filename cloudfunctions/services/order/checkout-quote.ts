/**
 * What a checkout would cost: the goods of the source (selected cart lines or buy-now) priced by the
 * one pricing engine. order.create uses the very same function, so the order stores what was quoted.
 */
import type { Product } from '../../contracts/catalog'
import type { CheckoutSource, Quote, QuoteItem } from '../../contracts/checkout'
import { AppError } from '../../core/errors'
import { memberPricingOf } from '../../domain/membership/member-pricing'
import type { EngineQuote } from '../../domain/promotions/engine'
import { describeSkuLine } from '../../domain/stock'
import { loadSpecial, type BuyNowSource, type SpecialPurchase } from '../specials/special-checkout'
import { loadProducts } from '../cart.service'
import { assertDiyOrderable, resolveDiyGoods, type DiyPurchase } from '../diy/diy-checkout'
import { couponsOfQuote, loadShopperState, priceForShopper, type PricingChoice, type ShopperState } from '../promotion/checkout-pricing'

export interface CheckoutGoods {
  items: (QuoteItem & { skuIndex: number; categoryId: string; tags: string[] })[]
  fromCart: boolean
  /** A buy-now at a 秒杀 / 拼团 price (services/specials/special-checkout.ts). */
  special?: SpecialPurchase
  /** A DIY bracelet: the design checked against the rules and stock (services/diy/diy-checkout.ts). */
  diy?: DiyPurchase
  /** Cart, member record, coupons and pricing config, from one aggregate (services/promotion/checkout-pricing.ts). */
  shopper: ShopperState
}

type Source = { fromCart: true } | { buyNow: BuyNowSource } | { diy: Parameters<typeof resolveDiyGoods>[1] }

export async function resolveGoods(openid: string, source: CheckoutSource, now: number): Promise<CheckoutGoods> {
  const src = source as Source
  if ('diy' in src) return resolveDiyGoods(openid, src.diy, now)
  const shopper = await loadShopperState(openid, !('buyNow' in src), now)
  const wanted: { productId: string; skuId: string; quantity: number }[] = 'buyNow' in src ? [src.buyNow] : shopper.cart.filter((r) => r.selected)
  const products = await loadProducts(wanted.map((w) => w.productId))
  // One line per SKU even if a client sends duplicates: the stock check must see the real total.
  const merged = new Map<string, { productId: string; skuId: string; quantity: number }>()
  for (const w of wanted) {
    const prev = merged.get(w.skuId)
    merged.set(w.skuId, { ...w, quantity: (prev?.quantity ?? 0) + w.quantity })
  }
  const items = [...merged.values()].map((w) => toQuoteItem(products.get(w.productId), w))
  const special = 'buyNow' in src ? await loadSpecial(openid, src.buyNow, items[0], now) : undefined
  return { items, fromCart: !('buyNow' in src), shopper, ...(special ? { special } : {}) }
}

function toQuoteItem(product: Product | undefined, w: { productId: string; skuId: string; quantity: number }) {
  const scope = { categoryId: product?.categoryId ?? '', tags: product?.tags ?? [] }
  return { productId: w.productId, skuId: w.skuId, quantity: w.quantity, ...describeSkuLine(product ?? null, w.skuId, w.quantity), ...scope }
}

/** The promotion engine over the valid goods: member price, promotions, the chosen coupon, points. */
export async function priceGoods(goods: CheckoutGoods, now: number, choice: PricingChoice = { couponChoice: 'best', usePoints: 0 }): Promise<EngineQuote> {
  const valid = goods.items.filter((i) => i.valid)
  return priceForShopper(valid, goods.shopper, choice, now)
}

export async function checkoutQuote(openid: string, source: CheckoutSource, now: number, choice?: PricingChoice): Promise<Quote> {
  const goods = await resolveGoods(openid, source, now)
  const engine = await priceGoods(goods, now, choice)
  const { allocation, couponOptions: _o, couponId: _c, couponRejected: _r, pointsUsed, promotionIds: _p, ...priced } = engine
  const member = memberPricingOf(goods.shopper.member, goods.shopper.config.membership)
  return {
    items: goods.items.map(({ skuIndex: _skuIndex, categoryId: _cat, tags: _tags, ...item }) => item),
    ...priced,
    canOrder: goods.items.length > 0 && goods.items.every((i) => i.valid),
    allocation,
    coupons: couponsOfQuote(engine, goods.shopper),
    points: { balance: member.pointsBalance, used: pointsUsed },
  }
}

/** For order.create: nothing to buy, or an item already known to be unavailable, stops here. */
export function assertOrderable(goods: CheckoutGoods): void {
  if (goods.diy) assertDiyOrderable(goods.diy)
  if (goods.items.length === 0) throw new AppError('INVALID_INPUT', 'error.checkout.nothingSelected')
  const bad = goods.items.find((i) => !i.valid)
  if (bad) {
    const code = bad.invalidReason === 'unlisted' ? 'CONFLICT' : 'SOLD_OUT'
    throw new AppError(code, bad.invalidReason === 'unlisted' ? 'error.checkout.unlisted' : 'error.stock.soldOut', { title: bad.title }, {
      productId: bad.productId,
      skuId: bad.skuId,
      title: bad.title,
    })
  }
}
