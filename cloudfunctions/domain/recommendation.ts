/**
 * "猜你喜欢": pure scoring of candidate products against one shopper's history. No I/O: the service
 * gathers history, peers' baskets and candidates, this module ranks them and says why.
 *
 * score = 3 × co-occurrence (peers who viewed/bought one of my pieces also viewed/bought this)
 *       + 2 × material affinity (share of my recent views in this material, recency-weighted)
 *       + 1 × tag affinity
 *       + a small popularity tie-break; pieces I already viewed count half.
 */
import type { ProductCard, Recommendation, RecommendationReason } from '../contracts/catalog'

export interface ViewedItem {
  productId: string
  title: string
  material: string
  tags: readonly string[]
}

export interface ScoringInput {
  /** This shopper's history, most recent first (views and purchases). */
  history: readonly ViewedItem[]
  /** Products this shopper has bought (any state from paid on). */
  boughtIds: ReadonlySet<string>
  /** Other shoppers' product sets (viewed or bought), one per shopper or order. */
  peerBaskets: readonly (readonly string[])[]
  candidates: readonly ProductCard[]
  /** Fallback order for cold start and to fill up a short list. */
  bestsellers: readonly ProductCard[]
  limit: number
}

const WEIGHT = { co: 3, material: 2, tag: 1, popularity: 0.01, alreadyViewed: 0.5 } as const
/** Newer views matter more: the i-th most recent view weighs DECAY^i. */
const DECAY = 0.85

/** Never recommend what cannot be bought, nor a one-of-a-kind piece the shopper already owns. */
export function isRecommendable(p: ProductCard, boughtIds: ReadonlySet<string>): boolean {
  if (p.status !== 'on' || p.stock <= 0) return false
  return !(p.unique && boughtIds.has(p._id))
}

interface Scored {
  product: ProductCard
  score: number
  reason: RecommendationReason
}

export function scoreCandidates(input: ScoringInput): Scored[] {
  const { history, peerBaskets } = input
  const weights = history.map((_, i) => DECAY ** i)
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1
  const materialWeight = new Map<string, number>()
  const tagWeight = new Map<string, number>()
  history.forEach((h, i) => {
    materialWeight.set(h.material, (materialWeight.get(h.material) ?? 0) + weights[i])
    for (const tag of h.tags) tagWeight.set(tag, (tagWeight.get(tag) ?? 0) + weights[i])
  })
  const historyIds = new Set(history.map((h) => h.productId))
  const titleOf = new Map(history.map((h) => [h.productId, h.title]))

  // co-occurrence: for each candidate, how many peer baskets hold it together with one of my pieces,
  // and which of my pieces it most often came with (for the reason).
  const coCount = new Map<string, number>()
  const coPartner = new Map<string, Map<string, number>>()
  for (const basket of peerBaskets) {
    const mine = basket.filter((id) => historyIds.has(id))
    if (mine.length === 0) continue
    for (const id of new Set(basket)) {
      if (historyIds.has(id) && mine.length === 1 && mine[0] === id) continue
      coCount.set(id, (coCount.get(id) ?? 0) + 1)
      const partners = coPartner.get(id) ?? new Map<string, number>()
      for (const m of mine) if (m !== id) partners.set(m, (partners.get(m) ?? 0) + 1)
      coPartner.set(id, partners)
    }
  }
  const maxCo = Math.max(1, ...coCount.values())

  const scored: Scored[] = []
  const seen = new Set<string>()
  for (const p of input.candidates) {
    if (seen.has(p._id) || !isRecommendable(p, input.boughtIds)) continue
    seen.add(p._id)
    const co = (coCount.get(p._id) ?? 0) / maxCo
    const material = (materialWeight.get(p.material) ?? 0) / totalWeight
    const tags = p.tags.length ? p.tags.reduce((n, t) => n + (tagWeight.get(t) ?? 0), 0) / totalWeight / p.tags.length : 0
    const affinity = WEIGHT.co * co + WEIGHT.material * material + WEIGHT.tag * tags
    if (affinity <= 0) continue
    let score = affinity + WEIGHT.popularity * Math.log1p(p.sold)
    if (historyIds.has(p._id)) score *= WEIGHT.alreadyViewed
    scored.push({ product: p, score, reason: reasonFor(p, { co, material, tags }, history, coPartner.get(p._id), titleOf) })
  }
  return scored.sort((a, b) => b.score - a.score || b.product.sold - a.product.sold || a.product._id.localeCompare(b.product._id))
}

function reasonFor(
  p: ProductCard,
  parts: { co: number; material: number; tags: number },
  history: readonly ViewedItem[],
  partners: Map<string, number> | undefined,
  titleOf: Map<string, string>,
): RecommendationReason {
  if (WEIGHT.co * parts.co >= WEIGHT.material * parts.material + WEIGHT.tag * parts.tags && partners && partners.size > 0) {
    const [top] = [...partners.entries()].sort((a, b) => b[1] - a[1])
    return { kind: 'alsoViewed', source: titleOf.get(top[0]) ?? '' }
  }
  const sameMaterial = history.find((h) => h.material === p.material && h.productId !== p._id)
  if (sameMaterial) return { kind: 'viewed', source: sameMaterial.title }
  const sharedTag = history.find((h) => h.productId !== p._id && h.tags.some((t) => p.tags.includes(t)))
  if (sharedTag) return { kind: 'viewed', source: sharedTag.title }
  return { kind: 'viewed', source: history[0]?.title ?? '' }
}

/** Ranked recommendations, filled up with best-sellers; with no history, best-sellers only (cold start). */
export function recommend(input: ScoringInput): Recommendation[] {
  const picked: Recommendation[] = []
  const used = new Set<string>()
  if (input.history.length > 0) {
    for (const s of scoreCandidates(input)) {
      if (picked.length >= input.limit) break
      picked.push({ product: s.product, reason: s.reason })
      used.add(s.product._id)
    }
  }
  for (const p of input.bestsellers) {
    if (picked.length >= input.limit) break
    if (used.has(p._id) || !isRecommendable(p, input.boughtIds)) continue
    picked.push({ product: p, reason: { kind: 'bestseller' } })
    used.add(p._id)
  }
  return picked
}
