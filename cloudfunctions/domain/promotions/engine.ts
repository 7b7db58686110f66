/**
 * The promotion engine: `quotePromotions(cart, member, promotions, coupons)` → explained price lines, the
 * chosen coupon and each line's fen-exact share of every discount. Pure and integer.
 *
 * Order of work (and the stacking defaults, all data):
 * 1. Item-level prices compete per line: the better of the member price (会员价) and any campaign price
 *    (限时折扣, 活动价) wins; a line already at a flash or group price (`special`) takes neither.
 * 2. Order-level discounts on what the goods cost after that: per exclusive group the best promotion
 *    (priority, then amount), so 满减 stacks with one coupon; a first-order discount is, when the settings
 *    say exclusive, compared with 满减 + coupon and the better of the two applies.
 * 3. The merchant's floor caps all promotion discounts together (default: goods never below 2折).
 * 4. Points pay for part of what is left (redeemablePoints), then shipping on the discounted goods.
 * Every order-level discount is spread over the lines it covers with allocateProportionally, so each
 * line knows its discount share and its paid share; the paid shares add up to exactly `payable`.
 */
import type { Reason } from '../../contracts/common'
import type { LineAllocation, PriceLine } from '../../contracts/checkout'
import type { MemberPricing, PointsRule } from '../membership/member-pricing'
import { redeemablePoints } from '../membership/member-pricing'
import { allocateProportionally } from '../money'
import { shippingFeeFor, type PriceQuote, type PricingItem, type ShippingRule } from '../pricing'
import { inScope } from './conditions/scope'
import { couponUsableNow, type CouponView, type PromotionDef, type PromotionSettings } from './model'
import { ACTIONS, CONDITIONS, parseArgs } from './registry'
import { sumNet, zheOf, type ActionResult, type PromoContext, type PromoLine } from './strategy'

type Fen = number

/** A goods line with what scope conditions look at. */
export interface PromoItem extends PricingItem {
  productId: string
  categoryId: string
  tags: readonly string[]
}

/** `'best'`: the coupon that saves most (default); `null`: no coupon (不使用); an id: that one. */
export type CouponChoice = 'best' | null | string

export interface EngineInput {
  items: readonly PromoItem[]
  member: MemberPricing
  promotions: readonly PromotionDef[]
  coupons: readonly CouponView[]
  couponChoice: CouponChoice
  usePoints: number
  pointsRule: PointsRule
  settings: PromotionSettings
  shipping: ShippingRule
  now: number
  /** When re-pricing for an existing order: a coupon locked by this order still counts as usable. */
  orderId?: string
}

export interface CouponOption {
  couponId: string
  /** Payable goes down by this much with this coupon instead of none (0: not applicable now). */
  saving: Fen
  applicable: boolean
}

export interface EngineQuote extends PriceQuote {
  allocation: LineAllocation[]
  couponId: string | null
  couponOptions: CouponOption[]
  /** The shopper chose a coupon that does not apply to these goods (the quote goes without it). */
  couponRejected: boolean
  pointsUsed: number
  /** Promotions that produced a line, for stats and the order snapshot. */
  promotionIds: string[]
}

interface Valid {
  def: PromotionDef
  conditions: { code: string; args: unknown }[]
  actions: { code: string; args: unknown }[]
}

/** Active in its window with every strategy known and its arguments valid; anything else is ignored. */
function validPromotions(promotions: readonly PromotionDef[], now: number): Valid[] {
  const out: Valid[] = []
  for (const def of [...promotions].sort((a, b) => (a._id < b._id ? -1 : 1))) {
    if (def.kind !== 'promotion' || def.status !== 'active' || now < def.startAt || now >= def.endAt) continue
    const conditions: Valid['conditions'] = []
    const actions: Valid['actions'] = []
    let ok = true
    for (const c of def.conditions ?? []) {
      const p = parseArgs('condition', c)
      if (!p.ok) ok = false
      else conditions.push({ code: c.code, args: p.args })
    }
    for (const a of def.actions ?? []) {
      const p = parseArgs('action', a)
      if (!p.ok) ok = false
      else actions.push({ code: a.code, args: p.args })
    }
    if (ok && actions.length) out.push({ def, conditions, actions })
  }
  return out
}

const ITEM_ACTIONS = new Set(['fixedPrice', 'percentOff'])

function evaluate(v: Valid, lines: readonly PromoLine[], member: MemberPricing, now: number): { results: ActionResult[]; scoped: PromoLine[] } | null {
  let scoped = [...lines]
  for (const c of v.conditions) {
    const s = CONDITIONS[c.code]
    if (s.narrows) scoped = scoped.filter((l) => s.narrows!(l, c.args as never))
  }
  const ctx: PromoContext = { member, now, lines: scoped }
  for (const c of v.conditions) if (!CONDITIONS[c.code].check(ctx, c.args as never)) return null
  const results: ActionResult[] = []
  for (const a of v.actions) {
    const r = ACTIONS[a.code].apply(ctx, a.args as never, v.conditions)
    if (r) results.push(r)
  }
  return results.length ? { results, scoped } : null
}

interface OrderCandidate {
  kind: 'fullReduction' | 'firstOrder' | 'coupon' | 'campaign'
  group: string
  priority: number
  discount: Fen
  reason: Reason
  skuIds: Set<string>
  sourceId: string
}

interface Priced {
  lines: PriceLine[]
  nets: Map<string, Fen>
  goodsTotal: Fen
  discountTotal: Fen
  shippingFee: Fen
  payable: Fen
  couponApplied: boolean
  pointsUsed: number
  promotionIds: string[]
}

function priceWith(input: EngineInput, valid: readonly Valid[], coupon: CouponView | null): Priced {
  const { member, now, settings } = input
  const lines: PriceLine[] = []
  const promo: PromoLine[] = []
  let goodsTotal = 0
  for (const item of input.items) {
    const amount = item.unitPrice * item.quantity
    if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`line amount must be whole fen, got ${amount}`)
    goodsTotal += amount
    lines.push({
      kind: 'item',
      amount,
      reason: { key: 'price.item', params: { title: item.title, skuName: item.skuName, unitPrice: item.unitPrice, quantity: item.quantity } },
      skuId: item.skuId,
    })
    promo.push({ skuId: item.skuId, productId: item.productId, categoryId: item.categoryId, tags: item.tags, quantity: item.quantity, listAmount: amount, net: amount, special: !!item.special })
  }
  const bySku = new Map(promo.map((l) => [l.skuId, l]))
  // The floor: all promotion discounts together never take the goods below floorPercent of list.
  let budget = goodsTotal - Math.ceil((goodsTotal * settings.floorPercent) / 100)
  let discountTotal = 0
  const promotionIds: string[] = []
  let waive: Reason | null = null

  // 1. Item-level: per line the best of member price and campaign prices.
  const itemBest = new Map<string, { source: string; discount: Fen; priority: number }>()
  const itemReasons = new Map<string, Reason>()
  const caps = new Map<string, Fen>()
  if (member.discountPercent < 100) {
    itemReasons.set('member', { key: 'price.member', params: { percent: zheOf(member.discountPercent), level: member.levelName } })
    for (const l of promo) {
      if (l.special) continue
      const d = Math.floor((l.listAmount * (100 - member.discountPercent)) / 100)
      if (d > 0) itemBest.set(l.skuId, { source: 'member', discount: d, priority: 0 })
    }
  }
  const orderLevel = valid.filter((v) => !v.actions.some((a) => ITEM_ACTIONS.has(a.code)))
  for (const v of valid.filter((v) => v.actions.some((a) => ITEM_ACTIONS.has(a.code)))) {
    const e = evaluate(v, promo, member, now)
    if (!e) continue
    for (const r of e.results) {
      if (r.level === 'shipping') waive = { key: 'price.shipping.waived' }
      if (r.level !== 'item') continue
      itemReasons.set(v.def._id, r.reason)
      if (r.capFen !== undefined) caps.set(v.def._id, r.capFen)
      const priority = v.def.priority ?? 0
      for (const [sku, d] of r.perLine) {
        const cur = itemBest.get(sku)
        if (!cur || d > cur.discount || (d === cur.discount && priority > cur.priority)) itemBest.set(sku, { source: v.def._id, discount: d, priority })
      }
    }
  }
  // A capped campaign shares its cap over the lines it won, in proportion.
  for (const [source, cap] of caps) {
    const won = [...itemBest.entries()].filter(([, b]) => b.source === source)
    const total = won.reduce((n, [, b]) => n + b.discount, 0)
    if (total <= cap) continue
    const parts = allocateProportionally(cap, won.map(([, b]) => b.discount))
    won.forEach(([sku, b], i) => itemBest.set(sku, { ...b, discount: parts[i] }))
  }
  const itemTotals = new Map<string, { applied: Fen; wanted: Fen }>()
  for (const l of promo) {
    const b = itemBest.get(l.skuId)
    if (!b) continue
    const applied = Math.min(b.discount, budget)
    budget -= applied
    l.net -= applied
    const t = itemTotals.get(b.source) ?? { applied: 0, wanted: 0 }
    itemTotals.set(b.source, { applied: t.applied + applied, wanted: t.wanted + b.discount })
  }
  for (const [source, t] of [...itemTotals.entries()].sort((a, b) => (a[0] === 'member' ? -1 : b[0] === 'member' ? 1 : a[0] < b[0] ? -1 : 1))) {
    if (t.applied === 0) continue
    discountTotal += t.applied
    if (source !== 'member') promotionIds.push(source)
    lines.push({
      kind: source === 'member' ? 'member' : 'campaign',
      amount: -t.applied,
      reason: itemReasons.get(source)!,
      ...(t.applied < t.wanted ? { capped: true as const } : {}),
      ...(source !== 'member' ? { sourceId: source } : {}),
    })
  }

  // 2. Order-level candidates on the goods after item prices.
  const candidates: OrderCandidate[] = []
  for (const v of orderLevel) {
    const e = evaluate(v, promo, member, now)
    if (!e) continue
    const first = v.conditions.some((c) => c.code === 'firstOrder')
    for (const r of e.results) {
      if (r.level === 'shipping') {
        waive = { key: 'price.shipping.waived' }
        if (!promotionIds.includes(v.def._id)) promotionIds.push(v.def._id)
      }
      if (r.level !== 'order') continue
      candidates.push({
        kind: first ? 'firstOrder' : 'fullReduction',
        group: v.def.exclusiveGroup ?? (first ? 'firstOrder' : 'fullReduction'),
        priority: v.def.priority ?? (first ? 5 : 10),
        discount: r.discount,
        reason: r.reason,
        skuIds: new Set(e.scoped.map((l) => l.skuId)),
        sourceId: v.def._id,
      })
    }
  }
  let couponCandidate: OrderCandidate | null = null
  let couponShipping = false
  if (coupon) {
    const scoped = promo.filter((l) => inScope(l, coupon.scope))
    const net = sumNet(scoped)
    if (scoped.length && net >= coupon.thresholdFen && net > 0) {
      const b = coupon.benefit
      const discount = b.kind === 'amountOff' ? b.amountOffFen : Math.min(b.capFen, Math.floor((net * (100 - b.percent)) / 100))
      const reason: Reason =
        b.kind === 'amountOff'
          ? coupon.thresholdFen > 0
            ? { key: 'price.coupon.threshold', params: { threshold: coupon.thresholdFen / 100, amount: b.amountOffFen / 100 } }
            : { key: 'price.coupon.amountOff', params: { amount: b.amountOffFen / 100 } }
          : { key: 'price.coupon.percentOff', params: { percent: zheOf(b.percent), cap: b.capFen / 100 } }
      couponCandidate = { kind: 'coupon', group: 'coupon', priority: 0, discount, reason, skuIds: new Set(scoped.map((l) => l.skuId)), sourceId: coupon._id }
      couponShipping = !!coupon.freeShipping
    }
  }

  const winners = (list: OrderCandidate[]): OrderCandidate[] => {
    const best = new Map<string, OrderCandidate>()
    for (const c of list) {
      const cur = best.get(c.group)
      if (!cur || c.priority > cur.priority || (c.priority === cur.priority && c.discount > cur.discount)) best.set(c.group, c)
    }
    return [...best.values()].sort((a, b) => b.priority - a.priority || b.discount - a.discount || (a.sourceId < b.sourceId ? -1 : 1))
  }
  const all = [...candidates, ...(couponCandidate ? [couponCandidate] : [])]
  let chosen = winners(all)
  const firstWinner = chosen.find((c) => c.kind === 'firstOrder')
  if (settings.firstOrderExclusive && firstWinner && chosen.length > 1) {
    // Exclusive first-order discount: the better of it alone and everything else together.
    const others = winners(all.filter((c) => c.kind !== 'firstOrder'))
    const gain = (set: OrderCandidate[]) => simulate(set, promo, budget)
    chosen = gain([firstWinner]) > gain(others) ? [firstWinner] : others
  }
  let couponApplied = false
  for (const c of chosen) {
    const eligible = promo.filter((l) => c.skuIds.has(l.skuId))
    const applied = Math.min(c.discount, sumNet(eligible), budget)
    if (applied <= 0) continue
    budget -= applied
    const parts = allocateProportionally(applied, eligible.map((l) => l.net))
    eligible.forEach((l, i) => (l.net -= parts[i]))
    discountTotal += applied
    if (c.kind === 'coupon') couponApplied = true
    else if (!promotionIds.includes(c.sourceId)) promotionIds.push(c.sourceId)
    lines.push({ kind: c.kind, amount: -applied, reason: c.reason, ...(applied < c.discount ? { capped: true as const } : {}), sourceId: c.sourceId })
  }
  if (couponShipping && couponCandidate) {
    waive = { key: 'price.shipping.coupon' }
    couponApplied = true
  }

  // 3. Points on what is left.
  let pointsUsed = 0
  const netGoods = sumNet(promo)
  const redeem = redeemablePoints(input.usePoints, member.pointsBalance, netGoods, input.pointsRule)
  if (redeem.discountFen > 0) {
    pointsUsed = redeem.points
    const parts = allocateProportionally(redeem.discountFen, promo.map((l) => l.net))
    promo.forEach((l, i) => (l.net -= parts[i]))
    discountTotal += redeem.discountFen
    lines.push({ kind: 'points', amount: -redeem.discountFen, reason: { key: 'price.points', params: { points: redeem.points } } })
  }

  // 4. Shipping on the discounted goods.
  const goodsAfter = sumNet(promo)
  if (!waive && member.freeShipping) waive = { key: 'price.shipping.member', params: { level: member.levelName } }
  const freeOver = input.shipping.freeOverFen / 100
  const shippingFee = promo.length === 0 || waive ? 0 : shippingFeeFor(goodsAfter, input.shipping)
  const shipReason: Reason =
    waive ??
    (shippingFee === 0 ? { key: 'price.shipping.free', params: { freeOver } } : { key: 'price.shipping.flat', params: { freeOver, fee: input.shipping.feeFen / 100 } })
  lines.push({ kind: 'shipping', amount: shippingFee, reason: shipReason })

  const payable = lines.reduce((n, l) => n + l.amount, 0)
  return {
    lines,
    nets: new Map([...bySku].map(([k, l]) => [k, l.net])),
    goodsTotal,
    discountTotal,
    shippingFee,
    payable,
    couponApplied,
    pointsUsed,
    promotionIds,
  }
}

/** What a set of order-level discounts would take off, without changing anything. */
function simulate(set: readonly OrderCandidate[], promo: readonly PromoLine[], budget: Fen): Fen {
  const nets = new Map(promo.map((l) => [l.skuId, l.net]))
  let taken = 0
  for (const c of set) {
    const eligible = promo.filter((l) => c.skuIds.has(l.skuId))
    const avail = eligible.reduce((n, l) => n + nets.get(l.skuId)!, 0)
    const applied = Math.max(0, Math.min(c.discount, avail, budget - taken))
    const parts = allocateProportionally(applied, eligible.map((l) => nets.get(l.skuId)!))
    eligible.forEach((l, i) => nets.set(l.skuId, nets.get(l.skuId)! - parts[i]))
    taken += applied
  }
  return taken
}

function allocationOf(input: EngineInput, p: Priced): LineAllocation[] {
  const nets = input.items.map((i) => p.nets.get(i.skuId) ?? 0)
  const ship = allocateProportionally(p.shippingFee, nets)
  return input.items.map((i, n) => ({ skuId: i.skuId, discountShare: i.unitPrice * i.quantity - nets[n], paidShare: nets[n] + ship[n] }))
}

export function quotePromotions(input: EngineInput): EngineQuote {
  const valid = validPromotions(input.promotions, input.now)
  const wallet = [...input.coupons].filter((c) => couponUsableNow(c, input.now, input.orderId)).sort((a, b) => a.expiresAt - b.expiresAt || (a._id < b._id ? -1 : 1))
  const none = priceWith(input, valid, null)
  const options: CouponOption[] = wallet.map((c) => {
    const p = priceWith(input, valid, c)
    return { couponId: c._id, applicable: p.couponApplied && p.payable < none.payable, saving: Math.max(0, none.payable - p.payable) }
  })
  let pick: CouponView | null = null
  let rejected = false
  if (input.couponChoice === 'best') {
    const best = options.filter((o) => o.applicable).sort((a, b) => b.saving - a.saving)[0] // stable: soonest expiry wins a tie
    pick = best ? wallet.find((c) => c._id === best.couponId)! : null
  } else if (input.couponChoice !== null) {
    const o = options.find((x) => x.couponId === input.couponChoice)
    if (o?.applicable) pick = wallet.find((c) => c._id === o.couponId)!
    else rejected = true
  }
  const p = pick ? priceWith(input, valid, pick) : none
  return {
    lines: p.lines,
    goodsTotal: p.goodsTotal,
    discountTotal: p.discountTotal,
    shippingFee: p.shippingFee,
    payable: p.payable,
    allocation: allocationOf(input, p),
    couponId: pick?._id ?? null,
    couponOptions: options,
    couponRejected: rejected,
    pointsUsed: p.pointsUsed,
    promotionIds: p.promotionIds,
  }
}
