/**
 * Holiday campaigns (collection `campaigns`) as shoppers read them: the landing page, the home banner
 * (one request, folded into home's budget) and the product page's countdown. The merchant's side is
 * campaign-admin.service.ts.
 */
import type { ProductCard, Product } from '../../contracts/catalog'
import type { Campaign, CampaignPage, ProductCountdown } from '../../contracts/campaign'
import type { CatalogHomeOutput } from '../../contracts/catalog'
import { campaignPhase, countdownFor, runningCampaigns } from '../../domain/campaign/campaign'
import { CARD_FIELDS, toProductCard } from '../../domain/catalog'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { notFound } from '../../core/errors'
import { flashSales } from '../flash/flash-record'
import { pricingConfig } from '../promotion/promotion-config'

export const campaigns = () => db().collection<Campaign>(COLLECTION.campaigns)

/** Running at once (far above a shop's need); the home banner and countdown read at most this many. */
const RUNNING_LIMIT = 20
const PAGE_PRODUCTS = 50

/** Active campaigns not yet over, soonest to end first: one request (index status_ends). */
async function activeCampaigns(now: number): Promise<Campaign[]> {
  const { data } = await campaigns()
    .where({ status: 'active', endAt: db().command.gt(now) })
    .orderBy('endAt', 'asc')
    .limit(RUNNING_LIMIT)
    .get()
  return data
}

/** The home page's banners: every running campaign, linking to its landing page. One request. */
export async function campaignBanners(now: number): Promise<CatalogHomeOutput['banners']> {
  return runningCampaigns(await activeCampaigns(now), now).map((c) => ({
    id: c._id,
    image: c.banner,
    title: c.name,
    headline: c.headline,
    color: c.color,
    campaignId: c._id,
  }))
}

async function campaignProducts(c: Campaign): Promise<ProductCard[]> {
  const _ = db().command
  const where =
    c.products.kind === 'products'
      ? { _id: _.in(c.products.ids), status: 'on' }
      : c.products.kind === 'tag'
        ? { tags: c.products.tag, status: 'on' }
        : { categoryId: c.products.categoryId, status: 'on' }
  const { data } = await db()
    .collection<Product>(COLLECTION.products)
    .where(where)
    .orderBy('createdAt', 'desc')
    .orderBy('_id', 'asc')
    .limit(PAGE_PRODUCTS)
    .field(CARD_FIELDS)
    .get()
  const cards = data.map(toProductCard)
  // A hand-picked list keeps the merchant's order.
  if (c.products.kind === 'products') {
    const at = new Map(c.products.ids.map((id, i) => [id, i]))
    cards.sort((a, b) => (at.get(a._id) ?? 0) - (at.get(b._id) ?? 0))
  }
  return cards
}

/** The landing page. A paused or ended campaign answers with its phase and no products (the page says so). */
export async function campaignPage(id: string, now: number): Promise<CampaignPage> {
  const c = (await campaigns().doc(id).get()).data
  if (!c) throw notFound('campaign', id)
  const phase = campaignPhase(c, now)
  const open = phase === 'running' || phase === 'upcoming'
  const [products, promos] = await Promise.all([
    open ? campaignProducts(c) : Promise.resolve([]),
    open && c.promotionIds.length
      ? db()
          .collection<{ _id: string; name: string }>(COLLECTION.promotions)
          .where({ _id: db().command.in(c.promotionIds), status: 'active' })
          .field({ _id: true, name: true })
          .limit(20)
          .get()
          .then((r) => r.data)
      : Promise.resolve([]),
  ])
  const { _id, name, headline, copy, color, banner, startAt, endAt } = c
  return { campaign: { _id, name, headline, copy, color, banner, startAt, endAt }, phase, products, promotions: promos.map((p) => ({ id: p._id, name: p.name })) }
}

/**
 * The product page's countdown: the soonest end among the running campaigns covering the product, its
 * live flash sale and the limited-time prices that cover it (domain/campaign). Three requests (product,
 * its flash sales, running campaigns) plus the pricing config when its 30 s cache is stale — its own
 * call from the page, not part of catalog.get.
 */
export async function productCountdown(productId: string, now: number): Promise<ProductCountdown> {
  const [product, sales, running, config] = await Promise.all([
    db().collection<Product>(COLLECTION.products).doc(productId).get().then((r) => r.data ?? null),
    flashSales().where({ productId, endAt: db().command.gt(now) }).orderBy('endAt', 'asc').limit(5).get().then((r) => r.data),
    activeCampaigns(now),
    pricingConfig(now),
  ])
  if (!product || product.status !== 'on') return null
  return countdownFor(
    { productId: product._id, categoryId: product.categoryId, tags: product.tags ?? [] },
    { campaigns: running, flash: sales, promotions: config.promotions },
    now,
  )
}

