/**
 * Nightly quality pass (FAQ 4): once per Beijing day, two aggregates over orders (units sold per SKU
 * from orders paid in the last 30 days; after-sale units per SKU and reason requested in the last 30
 * days; docs/platform-facts.md §16, each ends with `limit`) give every product's rate; domain/quality.ts
 * decides. One flag document per product (`quality_flags`, _id = product id): written when flagged,
 * moved to `cleared` when the rate falls. The reminders pass turns flagged products into reminders.
 */
import type { AfterSaleReasonCode } from '../../contracts/aftersale'
import type { Product } from '../../contracts/catalog'
import type { QualityFlag } from '../../contracts/quality'
import { shopConfig } from '../../config'
import { QUALITY_WINDOW_DAYS, qualityVerdict } from '../../domain/quality'
import { shanghaiDay } from '../../domain/time'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'

type FlagDoc = QualityFlag & { _id: string }
export const qualityFlags = () => db().collection<FlagDoc>(COLLECTION.quality_flags)
const LIMIT = 5000

interface SoldRow {
  _id: string
  productId: string
  units: number
}
interface AfterSaleRow {
  _id: { skuId: string; reason: AfterSaleReasonCode | null }
  units: number
}

export async function runNightlyQuality(now: number): Promise<{ flagged: number; cleared: number } | null> {
  const settings = db().collection<{ _id: string; doneDay?: string }>(COLLECTION.settings)
  const day = shanghaiDay(now)
  if ((await settings.doc('quality').get()).data?.doneDay === day) return null
  const _ = db().command
  const $ = _.aggregate
  const since = now - QUALITY_WINDOW_DAYS * 86_400_000
  const [sold, asked, open] = await Promise.all([
    db().collection(COLLECTION.orders).aggregate().match({ paidAt: _.gte(since) }).unwind('$items').group({ _id: '$items.skuId', productId: $.first('$items.productId'), units: $.sum('$items.quantity') }).limit(LIMIT).end(),
    db()
      .collection(COLLECTION.orders)
      .aggregate()
      .match({ hasAfterSale: true, updatedAt: _.gte(since) })
      .unwind('$afterSales')
      .match({ 'afterSales.createdAt': _.gte(since) })
      .unwind('$afterSales.lines')
      .group({ _id: { skuId: '$afterSales.lines.skuId', reason: '$afterSales.reasonCode' }, units: $.sum('$afterSales.lines.quantity') })
      .limit(LIMIT)
      .end(),
    qualityFlags().where({ state: 'flagged' }).limit(1000).get(),
  ])
  const productOfSku = new Map<string, string>()
  const soldBy = new Map<string, number>()
  for (const r of (sold.list ?? []) as SoldRow[]) {
    productOfSku.set(r._id, r.productId)
    soldBy.set(r.productId, (soldBy.get(r.productId) ?? 0) + r.units)
  }
  const reasons = new Map<string, Partial<Record<AfterSaleReasonCode, number>>>()
  for (const r of (asked.list ?? []) as AfterSaleRow[]) {
    const productId = productOfSku.get(r._id.skuId)
    if (!productId) continue // sold before the window: nothing to compare with
    const code = r._id.reason ?? 'other'
    const by = reasons.get(productId) ?? {}
    by[code] = (by[code] ?? 0) + r.units
    reasons.set(productId, by)
  }
  const { qualityRatePermille: ratePermille, qualityMinUnits: minUnits } = shopConfig().reminders
  const wasFlagged = new Map(open.data.map((f) => [f._id, f]))
  const verdicts = [...new Set([...reasons.keys(), ...wasFlagged.keys()])].map((productId) =>
    qualityVerdict({ productId, sold: soldBy.get(productId) ?? 0, byReason: reasons.get(productId) ?? {} }, { ratePermille, minUnits }),
  )
  const newlyFlagged = verdicts.filter((v) => v.flagged).map((v) => v.productId)
  const titles = new Map<string, string>()
  if (newlyFlagged.length) {
    const { data } = await db().collection<Product>(COLLECTION.products).where({ _id: _.in(newlyFlagged.slice(0, 100)) }).limit(100).get()
    for (const p of data) titles.set(p._id, p.title)
  }
  let flagged = 0
  let cleared = 0
  for (const v of verdicts) {
    const before = wasFlagged.get(v.productId)
    if (v.flagged) {
      const doc: QualityFlag = { ...v, title: titles.get(v.productId) ?? before?.title ?? v.productId, state: 'flagged', thresholdPermille: ratePermille, flaggedAt: before?.flaggedAt ?? now, checkedAt: now }
      await qualityFlags().doc(v.productId).set({ data: doc as never })
      flagged++
    } else if (before) {
      await qualityFlags().where({ _id: v.productId, state: 'flagged' }).update({ data: { ...v, state: 'cleared', checkedAt: now } })
      cleared++
    }
  }
  await settings.doc('quality').set({ data: { doneDay: day, checkedAt: now } })
  return { flagged, cleared }
}

export async function listQualityFlags(): Promise<QualityFlag[]> {
  const { data } = await qualityFlags().where({ state: 'flagged' }).orderBy('ratePermille', 'desc').limit(100).get()
  return data.map(({ _id: _unused, ...f }) => f)
}

export async function qualityOf(productId: string): Promise<QualityFlag | null> {
  const data = (await qualityFlags().doc(productId).get()).data
  if (!data) return null
  const { _id: _unused, ...f } = data
  return f
}
