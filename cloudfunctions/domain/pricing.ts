/**
 * The one pricing engine (docs/platform-facts.md §13.2): goods in, explained price lines out. Checkout quotes and the
 * order snapshot both come from here, so what the shopper saw is what the order stores. Pure and integer:
 * every amount is whole fen. Promotions plug in as `adjustments`; how they stack is data (exclusive
 * group + priority), not code.
 */
import type { Reason } from '../contracts/common'
import type { PriceLine, PriceLineKind } from '../contracts/checkout'

type Fen = number

export interface PricingItem {
  skuId: string
  title: string
  skuName: string
  unitPrice: Fen
  quantity: number
  /**
   * Set when `unitPrice` is already a special price (a flash sale or a group-buy price) instead of the list
   * price: such a line takes no member price or campaign price on top (the better of the two applies).
   */
  special?: { kind: 'flash' | 'group'; sourceId: string; listUnitPrice: Fen }
}

/** Flat-rate shipping with a free-shipping threshold, read from settings (default: free over ¥99, else ¥10). */
export interface ShippingRule {
  freeOverFen: Fen
  feeFen: Fen
}
export const DEFAULT_SHIPPING_RULE: ShippingRule = Object.freeze({ freeOverFen: 9900, feeFen: 1000 })

export type DiscountKind = Exclude<PriceLineKind, 'item' | 'shipping'>

/** A discount offered by some promotion; the engine decides whether it applies and how much. */
export interface Adjustment {
  kind: DiscountKind
  /** Why it applies, as a message key the client translates (e.g. `price.fullReduction` with its threshold). */
  reason: Reason
  /** Discount in fen as a positive number; it becomes a negative line. */
  discount: Fen
  /** Adjustments sharing a group exclude each other: only the best one (highest priority, then largest) applies. */
  exclusiveGroup: string
  /** Higher applies first; with the running total capped at zero, order decides who gets cut. */
  priority: number
  sourceId?: string
  /** Shipping is computed after discounts; set to waive shipping entirely (e.g. a free-shipping coupon). */
  freeShipping?: boolean
}

export interface PricingContext {
  shipping: ShippingRule
  adjustments?: readonly Adjustment[]
}

export interface PriceQuote {
  lines: PriceLine[]
  goodsTotal: Fen
  /** Positive sum of discount lines. */
  discountTotal: Fen
  shippingFee: Fen
  payable: Fen
}

function checkWhole(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative whole number, got ${value}`)
}

/** Keeps, per exclusive group, the single winning adjustment; returns winners in application order. */
export function resolveStacking(adjustments: readonly Adjustment[]): Adjustment[] {
  const best = new Map<string, Adjustment>()
  for (const a of adjustments) {
    const current = best.get(a.exclusiveGroup)
    if (!current || a.priority > current.priority || (a.priority === current.priority && a.discount > current.discount)) {
      best.set(a.exclusiveGroup, a)
    }
  }
  return [...best.values()].sort((a, b) => b.priority - a.priority || b.discount - a.discount)
}

export function shippingFeeFor(goodsAfterDiscounts: Fen, rule: ShippingRule): Fen {
  return goodsAfterDiscounts >= rule.freeOverFen ? 0 : rule.feeFen
}

export function quote(items: readonly PricingItem[], context: PricingContext): PriceQuote {
  const lines: PriceLine[] = []
  let goodsTotal = 0
  for (const item of items) {
    checkWhole(item.unitPrice, 'unitPrice')
    checkWhole(item.quantity, 'quantity')
    const amount = item.unitPrice * item.quantity
    goodsTotal += amount
    lines.push({
      kind: 'item',
      amount,
      // title and skuName are the merchant's own words: data for the client to show, never translated
      reason: { key: 'price.item', params: { title: item.title, skuName: item.skuName, unitPrice: item.unitPrice, quantity: item.quantity } },
      skuId: item.skuId,
    })
  }

  let remaining = goodsTotal
  let discountTotal = 0
  let waiveShipping = false
  for (const adj of resolveStacking(context.adjustments ?? [])) {
    checkWhole(adj.discount, 'discount')
    // A discount never takes the goods below zero: what does not fit is cut, and the line says so.
    const applied = Math.min(adj.discount, remaining)
    if (adj.freeShipping) waiveShipping = true
    if (applied === 0 && !adj.freeShipping) continue
    remaining -= applied
    discountTotal += applied
    lines.push({
      kind: adj.kind,
      amount: -applied,
      reason: adj.reason,
      ...(applied < adj.discount ? { capped: true as const } : {}),
      ...(adj.sourceId ? { sourceId: adj.sourceId } : {}),
    })
  }

  const shippingFee = items.length === 0 || waiveShipping ? 0 : shippingFeeFor(remaining, context.shipping)
  const freeOver = context.shipping.freeOverFen / 100
  const reason: Reason =
    shippingFee === 0
      ? { key: waiveShipping ? 'price.shipping.waived' : 'price.shipping.free', params: { freeOver } }
      : { key: 'price.shipping.flat', params: { freeOver, fee: context.shipping.feeFen / 100 } }
  lines.push({ kind: 'shipping', amount: shippingFee, reason })

  const payable = lines.reduce((sum, l) => sum + l.amount, 0)
  return { lines, goodsTotal, discountTotal, shippingFee, payable }
}
