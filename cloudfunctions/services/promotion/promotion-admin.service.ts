/**
 * The merchant's promotions: automatic promotions, coupon templates and the caps (settings/promotions).
 * Every write is audited; strategy arguments are checked by each strategy's own schema; stats come
 * from order snapshots (lines' sourceId, the order's couponId), cancelled orders excluded.
 */
import type { Actor } from '../../contracts/common'
import type {
  CouponTemplateSaveInput,
  PromotionListInput,
  PromotionListOutput,
  PromotionRow,
  PromotionSaveInput,
  PromotionStats,
} from '../../contracts/promotion'
import { AppError, changedMeanwhile, notFound } from '../../core/errors'
import { promotionSettingsOf, type PromotionSettings } from '../../domain/promotions/model'
import { parseArgs } from '../../domain/promotions/registry'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { audit, diffSummary } from '../audit.service'
import { coupons } from '../coupon/coupon-record'
import { recordKey } from '../record-key'
import { forgetConfig, pricingConfig } from './promotion-config'

interface By {
  by: Actor
  now: number
  requestId: string
}

type Stored = Record<string, unknown> & { _id: string; kind: string; name: string; status: 'active' | 'paused'; startAt: number; endAt: number; updatedAt: number }
const promotions = () => db().collection<Stored>(COLLECTION.promotions)

const FIELDS = ['name', 'status', 'startAt', 'endAt', 'conditions', 'actions', 'exclusiveGroup', 'priority', 'benefit', 'thresholdFen', 'scope', 'validity', 'perUserLimit', 'totalQuantity', 'claimable', 'segments', 'freeShipping']

function checkStrategies(input: { conditions: { code: string; args: unknown }[]; actions: { code: string; args: unknown }[] }): void {
  input.conditions.forEach((c, i) => {
    if (!parseArgs('condition', c).ok) throw new AppError('INVALID_INPUT', 'error.promotion.badStrategy', { code: c.code }, [{ path: `conditions.${i}`, message: 'error.promotion.badStrategy' }])
  })
  input.actions.forEach((a, i) => {
    if (!parseArgs('action', a).ok) throw new AppError('INVALID_INPUT', 'error.promotion.badStrategy', { code: a.code }, [{ path: `actions.${i}`, message: 'error.promotion.badStrategy' }])
  })
}

/** `expectedUpdatedAt`: the version the merchant's form loaded; an edit over a newer one is refused. */
async function upsert(kind: string, target: { id?: string; expectedUpdatedAt?: number }, data: Record<string, unknown>, action: string, by: By): Promise<PromotionRow> {
  const { id, expectedUpdatedAt } = target
  const before = id ? (await promotions().doc(id).get()).data : null
  if (id && (!before || before.kind !== kind)) throw notFound(kind === 'couponTemplate' ? 'couponTemplate' : 'promotion', id)
  if (before && before.updatedAt !== expectedUpdatedAt) throw changedMeanwhile('promotion', { id, updatedAt: before.updatedAt })
  const _id = id ?? recordKey('pr', by.by.kind === 'staff' ? by.by.openid : 'system', by.requestId)
  const doc = { ...(before ?? { status: 'active', createdAt: by.now }), ...data, _id, kind, updatedAt: by.now } as Stored
  if (before) {
    // `claimed` is the claim counter, moved by claims with inc(): writing back the value read here
    // would undo the claims made meanwhile and let a limited template give out more than its quantity.
    const { _id: _drop, claimed: _counter, ...rest } = doc
    // Unchanged since the form loaded it, also between our read and this write.
    const r = await promotions().where({ _id, updatedAt: before.updatedAt }).update({ data: rest })
    if (r.stats.updated !== 1) throw changedMeanwhile('promotion', { id: _id })
  } else {
    await promotions()
      .add({ data: doc })
      .catch(async (err) => {
        if (!(await promotions().doc(_id).get()).data) throw err
      })
  }
  forgetConfig()
  await audit({ actor: by.by, at: by.now, action, targetId: _id, summary: `${kind} ${doc.name}: ${diffSummary(before, doc, FIELDS)}` })
  return toRow(doc)
}

function toRow(d: Stored): PromotionRow {
  const { _id, kind, name, status, startAt, endAt, updatedAt, ...definition } = d
  return { _id, kind: kind as PromotionRow['kind'], name, status, startAt, endAt, updatedAt, definition }
}

export async function savePromotion(input: PromotionSaveInput & { startAt: number; endAt: number }, by: By): Promise<PromotionRow> {
  const conditions = input.conditions.map((c) => ({ code: c.code, args: c.args ?? {} }))
  const actions = input.actions.map((a) => ({ code: a.code, args: a.args ?? {} }))
  checkStrategies({ conditions, actions })
  const { id, expectedUpdatedAt, ...rest } = input
  return upsert('promotion', { id, expectedUpdatedAt }, { ...rest, conditions, actions }, 'promotions.save', by)
}

export async function saveCouponTemplate(input: CouponTemplateSaveInput, by: By): Promise<PromotionRow> {
  const settings = (await pricingConfig(by.now)).promotion
  const b = input.benefit
  const worth = b.kind === 'amountOff' ? b.amountOffFen : b.capFen
  if (worth > settings.couponMaxAmountFen) throw new AppError('INVALID_INPUT', 'error.coupon.aboveMax', { max: settings.couponMaxAmountFen / 100 })
  if (b.kind === 'amountOff' && input.thresholdFen > 0 && b.amountOffFen > input.thresholdFen) throw new AppError('INVALID_INPUT', 'error.coupon.aboveThreshold')
  const { id, expectedUpdatedAt, ...rest } = input
  return upsert('couponTemplate', { id, expectedUpdatedAt }, { ...rest, ...(id ? {} : { claimed: 0 }) }, 'promotions.saveTemplate', by)
}

export async function setPromotionStatus(id: string, status: 'active' | 'paused', by: By): Promise<PromotionRow> {
  const before = (await promotions().doc(id).get()).data
  if (!before) throw notFound('promotion', id)
  if (before.status !== status) {
    const r = await promotions().where({ _id: id, status: before.status }).update({ data: { status, updatedAt: by.now } })
    if (r.stats.updated !== 1) throw changedMeanwhile('promotion', { id })
    forgetConfig()
    await audit({ actor: by.by, at: by.now, action: 'promotions.setStatus', targetId: id, summary: `${before.kind} ${before.name}: status ${before.status} → ${status}` })
  }
  return toRow({ ...before, status, updatedAt: by.now })
}

export async function listPromotions(q: Required<Pick<PromotionListInput, 'kind'>> & { page: number; pageSize: number }): Promise<PromotionListOutput> {
  const where = { kind: q.kind }
  const [{ data }, { total }] = await Promise.all([
    promotions().where(where).orderBy('createdAt', 'desc').skip((q.page - 1) * q.pageSize).limit(q.pageSize).get(),
    promotions().where(where).count(),
  ])
  return { items: data.map(toRow), page: q.page, pageSize: q.pageSize, total, hasMore: q.page * q.pageSize < total }
}

const COUNTED = ['paid', 'shipped', 'delivered', 'completed', 'after_sale', 'refunded', 'pending_payment']

/** Discount given, orders and revenue of one promotion or coupon template, from order snapshots. */
export async function promotionStats(id: string): Promise<PromotionStats> {
  const p = (await promotions().doc(id).get()).data
  if (!p) throw notFound('promotion', id)
  const _ = db().command
  const orders = db().collection<{ _id: string; state: string; payable: number; refundedAmount: number; lines: { sourceId?: string; amount: number }[]; couponId?: string | null }>(COLLECTION.orders)
  let sourceIds: string[] = [id]
  let claimed: number | undefined
  let used: number | undefined
  if (p.kind === 'couponTemplate') {
    const held = await coupons().where({ templateId: id }).field({ _id: true, status: true }).limit(1000).get()
    sourceIds = held.data.map((c) => c._id)
    claimed = held.data.length
    used = held.data.filter((c) => c.status === 'used').length
  }
  let ordersN = 0
  let discountFen = 0
  let revenueFen = 0
  for (let i = 0; i < sourceIds.length; i += 100) {
    const batch = sourceIds.slice(i, i + 100)
    const { data } = await orders
      .where({ state: _.in(COUNTED.filter((s) => s !== 'pending_payment')), 'lines.sourceId': _.in(batch) })
      .field({ _id: true, payable: true, refundedAmount: true, lines: true })
      .limit(1000)
      .get()
    for (const o of data) {
      ordersN++
      revenueFen += o.payable - (o.refundedAmount ?? 0)
      discountFen += o.lines.filter((l) => l.sourceId && batch.includes(l.sourceId)).reduce((n, l) => n - l.amount, 0)
    }
  }
  return { orders: ordersN, discountFen, revenueFen, ...(claimed !== undefined ? { claimed, used } : {}) }
}

export async function promotionSettings(now: number): Promise<PromotionSettings> {
  return (await pricingConfig(now)).promotion
}

export async function savePromotionSettings(input: PromotionSettings, by: By): Promise<PromotionSettings> {
  const settings = db().collection(COLLECTION.settings)
  const before = (await settings.doc('promotions').get()).data as Record<string, unknown> | null
  const next = promotionSettingsOf(input)
  await settings.doc('promotions').set({ data: { ...next, updatedAt: by.now } })
  forgetConfig()
  await audit({ actor: by.by, at: by.now, action: 'promotions.saveSettings', targetId: 'promotions', summary: diffSummary(before, next as never, ['floorPercent', 'firstOrderExclusive', 'couponMaxAmountFen']) })
  return next
}

// ---- promotions run by a holiday campaign (services/campaign) ----

/** Every id names a stored automatic promotion; INVALID_INPUT naming the first that does not. */
export async function checkCampaignPromotions(ids: readonly string[]): Promise<void> {
  if (!ids.length) return
  const { data } = await promotions().where({ _id: db().command.in([...ids]), kind: 'promotion' }).field({ _id: true }).limit(ids.length).get()
  const found = new Set(data.map((p) => p._id))
  const i = ids.findIndex((id) => !found.has(id))
  if (i >= 0) throw new AppError('INVALID_INPUT', 'error.campaign.promotionMissing', { id: ids[i] }, [{ path: `promotionIds.${i}`, message: 'error.campaign.promotionMissing' }])
}

/**
 * The campaign's promotions run in its window and with its status (one update); promotions it no longer
 * links keep their window and lose the link (one more update). Audited.
 */
export async function alignCampaignPromotions(
  campaignId: string,
  ids: readonly string[],
  run: { startAt: number; endAt: number; status: 'active' | 'paused' },
  previous: readonly string[],
  by: By,
): Promise<void> {
  const _ = db().command
  const dropped = previous.filter((id) => !ids.includes(id))
  if (ids.length) await promotions().where({ _id: _.in([...ids]), kind: 'promotion' }).update({ data: { campaignId, ...run, updatedAt: by.now } })
  if (dropped.length) await promotions().where({ _id: _.in(dropped), campaignId }).update({ data: { campaignId: null, updatedAt: by.now } })
  if (!ids.length && !dropped.length) return
  forgetConfig()
  await audit({ actor: by.by, at: by.now, action: 'promotions.campaign', targetId: campaignId, summary: `campaign ${campaignId}: [${ids.join(', ')}] run ${run.startAt}–${run.endAt} ${run.status}${dropped.length ? `; unlinked [${dropped.join(', ')}]` : ''}` })
}

/** Pausing or resuming a campaign pauses or resumes the promotions it links (one update, audited). */
export async function setCampaignPromotionsStatus(campaignId: string, ids: readonly string[], status: 'active' | 'paused', by: By): Promise<void> {
  if (!ids.length) return
  const r = await promotions().where({ _id: db().command.in([...ids]), campaignId }).update({ data: { status, updatedAt: by.now } })
  forgetConfig()
  await audit({ actor: by.by, at: by.now, action: 'promotions.campaign', targetId: campaignId, summary: `campaign ${campaignId}: ${r.stats.updated} promotion(s) → ${status}` })
}
