/**
 * Holiday campaigns, pure: where one is in its window, which products it covers, and which window the
 * product page counts down to. A window is [startAt, endAt): running from startAt on, over at endAt.
 */
import type { CampaignPhase, CampaignProducts, CampaignStatus, ProductCountdown } from '../../contracts/campaign'
import { inScope, type ScopeArgs } from '../promotions/conditions/scope'

export interface Windowed {
  status: CampaignStatus | 'active' | 'paused'
  startAt: number
  endAt: number
}

export function inWindow(w: Pick<Windowed, 'startAt' | 'endAt'>, now: number): boolean {
  return w.startAt <= now && now < w.endAt
}

export function campaignPhase(c: Windowed, now: number): CampaignPhase {
  if (c.status === 'paused') return 'paused'
  if (now < c.startAt) return 'upcoming'
  return now < c.endAt ? 'running' : 'ended'
}

/** Running campaigns, soonest to end first (the home banner shows them in this order). */
export function runningCampaigns<C extends Windowed & { _id: string }>(list: readonly C[], now: number): C[] {
  return list.filter((c) => campaignPhase(c, now) === 'running').sort((a, b) => a.endAt - b.endAt || a._id.localeCompare(b._id))
}

export interface ProductFacts {
  productId: string
  categoryId: string
  tags: readonly string[]
}

export function campaignCovers(products: CampaignProducts, p: ProductFacts): boolean {
  switch (products.kind) {
    case 'products':
      return products.ids.includes(p.productId)
    case 'tag':
      return p.tags.includes(products.tag)
    case 'category':
      return products.categoryId === p.categoryId
  }
}

/** A promotion as the countdown reads it: its window and, when scoped, the goods it covers. */
export interface WindowedPromotion extends Windowed {
  _id: string
  name: string
  conditions: readonly { code: string; args?: unknown }[]
  actions: readonly { code: string; args?: unknown }[]
}

/** Price actions the product page can show as a limited-time price (限时折扣 / 活动价). */
const ITEM_PRICE_ACTIONS = new Set(['fixedPrice', 'percentOff'])

/**
 * A promotion counts down on a product page when it is a limited-time price for everyone: an item-level
 * price action, no condition other than `scope`, and the scope covers the product. (满减, first-order
 * or member-only discounts depend on the basket or the shopper, not on the product.)
 */
export function promotionCovers(p: WindowedPromotion, facts: ProductFacts): boolean {
  if (!p.actions.some((a) => ITEM_PRICE_ACTIONS.has(a.code))) return false
  const line = { skuId: '', productId: facts.productId, categoryId: facts.categoryId, tags: facts.tags, quantity: 1, listAmount: 0, net: 0, special: false }
  return p.conditions.every((c) => c.code === 'scope' && inScope(line, c.args as ScopeArgs))
}

export interface CountdownSources {
  campaigns: readonly (Windowed & { _id: string; name: string; products: CampaignProducts })[]
  /** Flash sales of this product (any state; only live ones count). */
  flash: readonly (Windowed & { _id: string; name: string; settledAt?: number | null })[]
  promotions: readonly WindowedPromotion[]
}

/**
 * The window the product page counts down to: among the running campaigns covering the product, its
 * live flash sales and the active promotions in their window that cover it, the one that ends first
 * (ties: campaign, then flash sale, then promotion). Null when nothing applies.
 */
export function countdownFor(facts: ProductFacts, s: CountdownSources, now: number): ProductCountdown {
  const candidates: NonNullable<ProductCountdown>[] = [
    ...s.campaigns.filter((c) => campaignPhase(c, now) === 'running' && campaignCovers(c.products, facts)).map((c) => ({ kind: 'campaign' as const, id: c._id, name: c.name, endAt: c.endAt })),
    ...s.flash.filter((f) => campaignPhase(f, now) === 'running' && !f.settledAt).map((f) => ({ kind: 'flash' as const, id: f._id, name: f.name, endAt: f.endAt })),
    ...s.promotions.filter((p) => campaignPhase(p, now) === 'running' && promotionCovers(p, facts)).map((p) => ({ kind: 'promotion' as const, id: p._id, name: p.name, endAt: p.endAt })),
  ]
  const rank = { campaign: 0, flash: 1, promotion: 2 }
  candidates.sort((a, b) => a.endAt - b.endAt || rank[a.kind] - rank[b.kind])
  return candidates[0] ?? null
}
