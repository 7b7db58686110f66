/**
 * After-sales, stored inside the order so the order and its request change in ONE conditional write
 * (after-sale-transition.ts). Ids are `<orderId>-<n>`; `afterSales.<n>` never moves. Approvals and
 * returns are workflows: decide (state + restock marker + refund number, one write) → restock once →
 * refund; cron finishes a flow that died after deciding (same out_refund_no, restock-once).
 */
import type { AfterSale, AfterSaleKind, AfterSaleLine, AfterSaleReasonCode, AfterSaleState } from '../contracts/aftersale'
import type { Actor } from '../contracts/common'
import { shopConfig } from '../config'
import { PAY_ACTOR, systemActor } from '../core/actor'
import { AppError, changedMeanwhile, notFound } from '../core/errors'
import { timerDue } from '../domain/aftersale-timers'
import { approvalEvent, isOpenAfterSale, orderMachine, returnEvent, type AfterSaleEvent } from '../domain/machines'
import { refundForUnits } from '../domain/refund'
import { db } from '../platform/cloud'
import { moveAfterSale } from './aftersale/after-sale-transition'
import { withTimer } from './aftersale/with-timer'
import { findOrder, orders, ownOrder, type OrderRecord } from './order/order-record'
import { outRefundNoFor } from './order/order-numbers'
import { transitionOrderOrConflict } from './order/order-transition'
import { restockOnce, restockPendingField } from './order/restock-once'
import { startRefund } from './refund/refund.service'
import { recordShipment } from './shipment.service'
import { runWorkflow } from './workflow/run-workflow'

function parseId(id: string): { orderId: string; index: number } {
  const m = /^(.+)-(\d{1,3})$/.exec(id)
  if (!m) throw notFound('afterSale', id)
  return { orderId: m[1], index: Number(m[2]) }
}

async function locate(id: string): Promise<{ order: OrderRecord; index: number; as: AfterSale }> {
  const { orderId, index } = parseId(id)
  const order = await findOrder(orderId)
  const as = order?.afterSales?.[index]
  if (!order || !as || as._id !== id) throw notFound('afterSale', id)
  return { order, index, as }
}

export async function requestAfterSale(
  openid: string,
  input: { orderId: string; kind: AfterSaleKind; lines: { skuId: string; quantity: number }[]; reason: string; reasonCode?: AfterSaleReasonCode; photos: string[] },
  now: number,
): Promise<AfterSale> {
  const order = await ownOrder(openid, input.orderId)
  const verdict = orderMachine.can(order.state, 'requestAfterSale')
  if (!verdict.ok) throw new AppError('CONFLICT', verdict.key, verdict.params)
  if (order.openAfterSaleId) throw new AppError('CONFLICT', 'error.afterSale.alreadyOpen')
  const windowMs = shopConfig().business.afterSaleWindowDays * 86_400_000
  if (order.state === 'completed' && (order.completedAt ?? now) + windowMs < now) throw new AppError('CONFLICT', 'error.afterSale.windowClosed')
  if (input.kind !== 'refund_only' && order.state === 'paid') throw new AppError('CONFLICT', 'error.afterSale.notShippedRefundOnly')
  const merged = new Map<string, number>()
  for (const l of input.lines) merged.set(l.skuId, (merged.get(l.skuId) ?? 0) + l.quantity)
  const lines: AfterSaleLine[] = [...merged].map(([skuId, quantity]) => {
    const item = order.items.find((i) => i.skuId === skuId)
    if (!item) throw new AppError('INVALID_INPUT', 'error.afterSale.noSuchItem', { skuId }, { skuId })
    if (item.refundedQuantity + quantity > item.quantity) {
      throw new AppError('INVALID_INPUT', 'error.afterSale.tooMany', { title: item.title, left: item.quantity - item.refundedQuantity }, { skuId })
    }
    const refundAmount = input.kind === 'exchange' ? 0 : refundForUnits(item, quantity)
    return { skuId, title: item.title, skuName: item.skuName, quantity, refundAmount }
  })
  const index = order.afterSales.length
  const buyer: Actor = { kind: 'buyer', openid }
  const as: AfterSale = {
    _id: `${order._id}-${index}`,
    orderId: order._id,
    orderNo: order.orderNo,
    openid,
    kind: input.kind,
    state: 'pending',
    lines,
    reason: input.reason,
    reasonCode: input.reasonCode ?? 'other',
    photos: input.photos,
    refundAmount: lines.reduce((n, l) => n + l.refundAmount, 0),
    merchantNote: null,
    returnWaybill: null,
    replacement: null,
    outRefundNo: null,
    createdAt: now,
    updatedAt: now,
    log: [{ state: 'pending', event: 'request', at: now, actor: buyer }],
  }
  const _ = db().command
  await transitionOrderOrConflict(order, {
    event: 'requestAfterSale',
    actor: buyer,
    now,
    note: input.reason,
    set: { afterSaleResume: order.state, openAfterSaleId: as._id, hasAfterSale: true, afterSales: _.push([as]) },
  })
  return as
}

interface DecideContext {
  order: OrderRecord
  index: number
  as: AfterSale
  actor: Actor
  now: number
  note?: string
  restock: boolean
  outRefundNo: string
}

type RefundEvent = 'approveRefund' | 'confirmReturn' | 'autoApproveRefund' | 'autoConfirmReturn'
const REFUND_WORKFLOW: Record<RefundEvent, string> = {
  approveRefund: 'afterSale.approve',
  confirmReturn: 'afterSale.confirmReturn',
  autoApproveRefund: 'afterSale.autoApprove',
  autoConfirmReturn: 'afterSale.autoConfirm',
}

/** decide → restock → refund, for a refund-only approval and for a confirmed return (by a person or a timer). */
async function refundFlow(ctx: DecideContext, event: RefundEvent, set: Record<string, unknown>): Promise<void> {
  const target = { kind: 'afterSale', index: ctx.index } as const
  await runWorkflow<DecideContext>(
    REFUND_WORKFLOW[event],
    [
      {
        name: 'decide',
        done: 'afterSale.refunding',
        run: async (c) => {
          const won = await moveAfterSale(c.order, c.index, {
            event,
            actor: c.actor,
            now: c.now,
            note: c.note,
            set: { ...set, outRefundNo: c.outRefundNo },
            orderSet: c.restock ? restockPendingField(target) : {},
          })
          if (!won) throw changedMeanwhile('afterSale')
        },
      },
      { name: 'restock', run: async (c) => void (c.restock && (await restockOnce(c.order._id, target, c.now))) },
      { name: 'refund', run: async (c) => refundAfterSale(c.order, c.as, c.outRefundNo, c.now) },
    ],
    ctx,
  )
}

export async function approveAfterSale(id: string, note: string | undefined, actor: Actor, now: number): Promise<AfterSale> {
  const { order, index, as } = await locate(id)
  const event = approvalEvent(as.kind)
  if (event === 'approveRefund') {
    // Goods that never left the shop go back on the shelf, through the one exactly-once restock.
    const restock = order.afterSaleResume === 'paid'
    await refundFlow({ order, index, as, actor, now, note, restock, outRefundNo: outRefundNoFor('aftersale', as._id) }, 'approveRefund', { merchantNote: note ?? null })
  } else if (!(await moveAfterSale(order, index, { event, actor, now, note, set: { merchantNote: note ?? null } }))) {
    throw changedMeanwhile('afterSale')
  }
  return (await locate(id)).as
}

async function refundAfterSale(order: OrderRecord, as: AfterSale, outRefundNo: string, now: number): Promise<void> {
  if (as.refundAmount === 0) {
    await applyAfterSaleRefund(as._id, 0, now)
    return
  }
  if (!order.paidOutTradeNo) throw new AppError('CONFLICT', 'error.afterSale.noPayment')
  await startRefund({
    purpose: { kind: 'afterSale', orderId: order._id, afterSaleId: as._id },
    orderId: order._id,
    openid: order.openid,
    outTradeNo: order.paidOutTradeNo,
    outRefundNo,
    totalFee: order.payable,
    refundFee: as.refundAmount,
    reason: { key: `reason.refund.${as.kind}` },
    now,
  })
}

export async function rejectAfterSale(id: string, note: string, actor: Actor, now: number): Promise<AfterSale> {
  const { order, index } = await locate(id)
  const won = await moveAfterSale(order, index, {
    event: 'reject',
    actor,
    now,
    note,
    set: { merchantNote: note },
    order: { event: 'resolveAfterSale', reason: { key: 'reason.afterSale.rejected' } },
  })
  if (!won) throw changedMeanwhile('afterSale')
  return (await locate(id)).as
}

export async function submitReturnWaybill(openid: string, id: string, carrierCode: string, waybillNo: string, now: number): Promise<AfterSale> {
  const { order, index, as } = await locate(id)
  if (order.openid !== openid) throw notFound('afterSale', id)
  if (as.state !== 'awaiting_return') throw new AppError('CONFLICT', 'error.afterSale.noReturnExpected')
  const won = await moveAfterSale(order, index, {
    event: 'submitWaybill',
    actor: { kind: 'buyer', openid },
    now,
    set: { returnWaybill: { carrierCode, waybillNo, at: now } },
  })
  if (!won) throw changedMeanwhile('afterSale')
  return (await locate(id)).as
}

/** The returned parcel is in: restock and refund (return_refund), or ship the replacement (exchange). */
export async function confirmReturn(id: string, replacement: { carrierCode: string; waybillNo: string } | undefined, actor: Actor, now: number): Promise<AfterSale> {
  const { order, index, as } = await locate(id)
  const event = returnEvent(as.kind)
  if (event === 'confirmExchange') {
    if (!replacement) throw new AppError('INVALID_INPUT', 'error.afterSale.replacementNeeded')
    // The returned unit and the replacement are the same SKU: stock is unchanged overall.
    await runWorkflow<{ shipmentId?: string }>(
      'afterSale.exchange',
      [
        {
          name: 'recordReplacement',
          run: async (c) => {
            c.shipmentId = (await recordShipment(order, replacement.carrierCode, replacement.waybillNo, 'replacement', now)).shipmentId
          },
        },
        {
          name: 'close',
          run: async () => {
            const won = await moveAfterSale(order, index, {
              event,
              actor,
              now,
              set: { replacement: { ...replacement, at: now } },
              order: { event: 'resolveAfterSale', reason: { key: 'reason.afterSale.replacementShipped' } },
            })
            if (!won) throw changedMeanwhile('afterSale')
          },
        },
      ],
      {},
    )
    return (await locate(id)).as
  }
  await refundFlow({ order, index, as, actor, now, restock: true, outRefundNo: outRefundNoFor('aftersale', as._id) }, 'confirmReturn', {})
  return (await locate(id)).as
}

/**
 * The refund arrived (the refund's purpose, applied by the outbox): the after-sale is done, its lines
 * count as refunded and the order leaves after_sale — to `refunded` when nothing is left, else back to
 * where it was. One write; a repeat finds the after-sale no longer refunding and does nothing.
 */
export async function applyAfterSaleRefund(id: string, refundFee: number, now: number): Promise<void> {
  const { order, index, as } = await locate(id)
  if (as.state !== 'refunding') return
  const _ = db().command
  const itemSet: Record<string, unknown> = {}
  const left = order.items.map((i) => i.quantity - i.refundedQuantity)
  for (const l of as.lines) {
    const k = order.items.findIndex((i) => i.skuId === l.skuId)
    itemSet[`items.${k}.refundedQuantity`] = _.inc(l.quantity)
    itemSet[`items.${k}.refundedAmount`] = _.inc(l.refundAmount)
    left[k] -= l.quantity
  }
  const everything = left.every((n) => n <= 0)
  await moveAfterSale(order, index, {
    event: 'refundSettled',
    actor: PAY_ACTOR,
    now,
    orderSet: { ...itemSet, refundedAmount: _.inc(refundFee) },
    order: everything ? { event: 'refundAll' } : { event: 'resolveAfterSale', reason: { key: 'reason.afterSale.partialRefund' } },
  })
}

export async function listOwnAfterSales(openid: string, orderId?: string): Promise<AfterSale[]> {
  if (orderId) return [...(await ownOrder(openid, orderId)).afterSales].reverse().map(withTimer)
  const { data } = await orders().where({ openid, hasAfterSale: true }).orderBy('updatedAt', 'desc').limit(50).get()
  return data.flatMap((o) => [...o.afterSales].reverse()).map(withTimer)
}

export async function getOwnAfterSale(openid: string, id: string): Promise<AfterSale> {
  const { as } = await locate(id)
  if (as.openid !== openid) throw notFound('afterSale', id)
  return withTimer(as)
}

export async function getAfterSale(id: string): Promise<AfterSale> {
  return withTimer((await locate(id)).as)
}

/** Merchant queue: open requests come from orders in after_sale; finished ones from any order that had one. */
export async function listAfterSales(q: { state?: AfterSaleState; page: number; pageSize: number }) {
  const where: Record<string, unknown> = q.state && isOpenAfterSale(q.state) ? { state: 'after_sale' } : { hasAfterSale: true }
  const all: AfterSale[] = []
  for (let skip = 0; skip < 1000; skip += 100) {
    const { data } = await orders().where(where).orderBy('updatedAt', 'desc').skip(skip).limit(100).get()
    all.push(...data.flatMap((o) => o.afterSales))
    if (data.length < 100) break
  }
  const filtered = all.filter((a) => !q.state || a.state === q.state).sort((a, b) => b.updatedAt - a.updatedAt)
  const items = filtered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map(withTimer)
  return { items, page: q.page, pageSize: q.pageSize, total: filtered.length, hasMore: q.page * q.pageSize < filtered.length }
}

/**
 * Cron: an after-sale left in `refunding` by a function that died after deciding it (before the refund
 * was recorded) is finished here — restock if still pending, then the refund, whose fixed out_refund_no
 * makes a repeat harmless.
 */
export async function resumeStuckRefunds(stuckBefore: number, now: number): Promise<number> {
  const _ = db().command
  const { data } = await orders().where({ afterSales: _.elemMatch({ state: 'refunding', updatedAt: _.lte(stuckBefore) }) }).limit(100).get()
  let resumed = 0
  for (const order of data) {
    for (let index = 0; index < order.afterSales.length; index++) {
      const as = order.afterSales[index]
      if (as.state !== 'refunding' || as.updatedAt > stuckBefore || !as.outRefundNo) continue
      await restockOnce(order._id, { kind: 'afterSale', index }, now)
      await refundAfterSale(order, as, as.outRefundNo, now)
      resumed++
    }
  }
  return resumed
}


export const TIMER_ACTOR = systemActor('afterSaleTimers')

/**
 * Fires one timer's event through the same writers a person's decision uses: an automatic refund-only
 * approval or return confirmation runs the decide → restock → refund workflow (fixed out_refund_no, so
 * money moves exactly once; a crash after deciding is finished by resumeStuckRefunds). False when the
 * request moved meanwhile (the merchant answered first), which is not an error.
 */
async function fireTimer(order: OrderRecord, index: number, event: AfterSaleEvent, now: number): Promise<boolean> {
  const as = order.afterSales[index]
  const outRefundNo = outRefundNoFor('aftersale', as._id)
  try {
    if (event === 'autoApproveRefund') {
      await refundFlow({ order, index, as, actor: TIMER_ACTOR, now, restock: order.afterSaleResume === 'paid', outRefundNo }, event, {})
      return true
    }
    if (event === 'autoConfirmReturn') {
      await refundFlow({ order, index, as, actor: TIMER_ACTOR, now, restock: true, outRefundNo }, event, {})
      return true
    }
    if (event === 'returnExpired') {
      return await moveAfterSale(order, index, { event, actor: TIMER_ACTOR, now, order: { event: 'resolveAfterSale', reason: { key: 'reason.afterSale.returnNotSent' } } })
    }
    return await moveAfterSale(order, index, { event, actor: TIMER_ACTOR, now })
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONFLICT') return false
    throw err
  }
}

export interface TimerRun {
  fired: Partial<Record<AfterSaleEvent, number>>
  /** Open after-sales seen (every one is read once per tick; see scanOpenAfterSales). */
  scanned: number
}

/** Orders parked in after_sale, oldest change first, at most 1000 (10 reads of 100). */
export async function scanOpenAfterSales(): Promise<{ order: OrderRecord; index: number; as: AfterSale }[]> {
  const out: { order: OrderRecord; index: number; as: AfterSale }[] = []
  for (let skip = 0; skip < 1000; skip += 100) {
    const { data } = await orders().where({ state: 'after_sale' }).orderBy('updatedAt', 'asc').skip(skip).limit(100).get()
    for (const order of data) order.afterSales.forEach((as, index) => isOpenAfterSale(as.state) && out.push({ order, index, as }))
    if (data.length < 100) break
  }
  return out
}

/** Cron: every after-sale whose timer ran out gets its event (approve, close, confirm), once. */
export async function runAfterSaleTimers(now: number): Promise<TimerRun> {
  const run: TimerRun = { fired: {}, scanned: 0 }
  const settings = shopConfig().afterSaleTimers
  for (const { order, index, as } of await scanOpenAfterSales()) {
    run.scanned++
    const { fire } = timerDue(as, settings, now)
    if (fire && (await fireTimer(order, index, fire, now))) run.fired[fire] = (run.fired[fire] ?? 0) + 1
  }
  return run
}
