/**
 * After-sales, stored inside the order (DESIGN: orders hold their after-sale) so the order and its
 * request change in ONE conditional write. Ids are `<orderId>-<n>`; `afterSales.<n>` never moves.
 */
import type { AfterSale, AfterSaleKind, AfterSaleLine, AfterSaleState } from '../contracts/aftersale'
import type { OrderState, StateLogEntry } from '../contracts/order'
import { shopConfig } from '../config'
import { AppError, notFound } from '../core/errors'
import { canTransition } from '../domain/order-state'
import { refundForUnits } from '../domain/refund'
import { db } from '../platform/cloud'
import { findOrder, orders, ownOrder, transitionOrder, type OrderRecord } from './order/order-record'
import { outRefundNoFor } from './order/order-numbers'
import { startRefund } from './refund.service'
import { recordShipment } from './shipment.service'
import { putBackSku } from './stock.service'
import { restockOnce, restockPendingField } from './order/restock-once'

const OPEN: readonly AfterSaleState[] = ['pending', 'awaiting_return', 'returning', 'refunding']

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

function logEntry(state: AfterSaleState, by: string, now: number, note?: string) {
  return { state, at: now, by, ...(note ? { note } : {}) }
}

/** One conditional write on the after-sale's state; `orderSet` rides along on the same write. */
async function moveAfterSale(
  order: OrderRecord,
  index: number,
  from: AfterSaleState,
  to: AfterSaleState,
  by: string,
  now: number,
  extra: { note?: string; set?: Record<string, unknown>; orderWhere?: Record<string, unknown>; orderSet?: Record<string, unknown> } = {},
): Promise<boolean> {
  const _ = db().command
  const p = `afterSales.${index}`
  const result = await orders()
    .where({ _id: order._id, [`${p}.state`]: from, ...extra.orderWhere })
    .update({
      data: {
        [`${p}.state`]: to,
        [`${p}.updatedAt`]: now,
        [`${p}.log`]: _.push([logEntry(to, by, now, extra.note)]),
        ...Object.fromEntries(Object.entries(extra.set ?? {}).map(([k, v]) => [`${p}.${k}`, v])),
        ...extra.orderSet,
        updatedAt: now,
      },
    })
  return result.stats.updated === 1
}

function conflict(): never {
  throw new AppError('CONFLICT', '售后单状态已变化，请刷新 / the after-sale changed meanwhile, please refresh')
}

export async function requestAfterSale(
  openid: string,
  input: { orderId: string; kind: AfterSaleKind; lines: { skuId: string; quantity: number }[]; reason: string; photos: string[] },
  now: number,
): Promise<AfterSale> {
  const order = await ownOrder(openid, input.orderId)
  const t = canTransition(order.state, 'requestAfterSale')
  if (!t.ok) throw new AppError('CONFLICT', t.reason)
  if (order.openAfterSaleId) throw new AppError('CONFLICT', '该订单已有进行中的售后 / this order already has an after-sale in progress')
  const windowMs = shopConfig().business.afterSaleWindowDays * 86_400_000
  if (order.state === 'completed' && (order.completedAt ?? now) + windowMs < now) {
    throw new AppError('CONFLICT', '已超过售后期限 / the after-sale window has closed')
  }
  if (input.kind !== 'refund_only' && order.state === 'paid') {
    throw new AppError('CONFLICT', '订单尚未发货，请选择仅退款 / not shipped yet: choose refund only')
  }
  const merged = new Map<string, number>()
  for (const l of input.lines) merged.set(l.skuId, (merged.get(l.skuId) ?? 0) + l.quantity)
  const lines: AfterSaleLine[] = [...merged].map(([skuId, quantity]) => {
    const item = order.items.find((i) => i.skuId === skuId)
    if (!item) throw new AppError('INVALID_INPUT', `订单中没有该商品 / the order has no item ${skuId}`, { skuId })
    if (item.refundedQuantity + quantity > item.quantity) {
      throw new AppError('INVALID_INPUT', `${item.title} 可申请数量不足 / only ${item.quantity - item.refundedQuantity} left to claim`, { skuId })
    }
    const refundAmount = input.kind === 'exchange' ? 0 : refundForUnits(item, quantity)
    return { skuId, title: item.title, skuName: item.skuName, quantity, refundAmount }
  })
  const index = order.afterSales.length
  const as: AfterSale = {
    _id: `${order._id}-${index}`,
    orderId: order._id,
    orderNo: order.orderNo,
    openid,
    kind: input.kind,
    state: 'pending',
    lines,
    reason: input.reason,
    photos: input.photos,
    refundAmount: lines.reduce((n, l) => n + l.refundAmount, 0),
    merchantNote: null,
    returnWaybill: null,
    replacement: null,
    outRefundNo: null,
    createdAt: now,
    updatedAt: now,
    log: [logEntry('pending', 'buyer', now)],
  }
  const _ = db().command
  const won = await transitionOrder(order, 'requestAfterSale', {
    by: 'buyer',
    now,
    note: input.reason,
    set: { afterSaleResume: order.state, openAfterSaleId: as._id, hasAfterSale: true, afterSales: _.push([as]) },
  })
  if (!won) conflict()
  return as
}

/** Closes the after-sale on the order: back to where it was, in the same write as the after-sale's last move. */
function resumeOrderSet(order: OrderRecord, now: number, note: string): Record<string, unknown> {
  const _ = db().command
  const t = canTransition('after_sale', 'resolveAfterSale', order.afterSaleResume)
  if (!t.ok) throw new AppError('CONFLICT', t.reason)
  const entry: StateLogEntry = { from: 'after_sale', to: t.to, event: 'resolveAfterSale', at: now, by: 'merchant', note }
  return { state: t.to, afterSaleResume: null, openAfterSaleId: null, stateLog: _.push([entry]) }
}

export async function approveAfterSale(id: string, note: string | undefined, now: number): Promise<AfterSale> {
  const { order, index, as } = await locate(id)
  if (as.state !== 'pending') conflict()
  if (as.kind === 'refund_only') {
    const outRefundNo = outRefundNoFor('aftersale', as._id)
    if (!(await moveAfterSale(order, index, 'pending', 'refunding', 'merchant', now, { note, set: { merchantNote: note ?? null, outRefundNo } }))) conflict()
    // Goods that never left the shop go straight back on the shelf.
    if (order.afterSaleResume === 'paid') for (const l of as.lines) await putBackSku({ productId: itemOf(order, l.skuId).productId, skuId: l.skuId, quantity: l.quantity })
    await refundAfterSale(order, as, outRefundNo, now)
  } else if (!(await moveAfterSale(order, index, 'pending', 'awaiting_return', 'merchant', now, { note, set: { merchantNote: note ?? null } }))) {
    conflict()
  }
  return (await locate(id)).as
}

function itemOf(order: OrderRecord, skuId: string) {
  const item = order.items.find((i) => i.skuId === skuId)
  if (!item) throw new Error(`order ${order._id} has no item ${skuId}`)
  return item
}

async function refundAfterSale(order: OrderRecord, as: AfterSale, outRefundNo: string, now: number): Promise<void> {
  if (as.refundAmount === 0) {
    await applyAfterSaleRefund(as._id, 0, now)
    return
  }
  if (!order.paidOutTradeNo) throw new AppError('CONFLICT', '订单没有微信支付记录 / the order has no WeChat payment to refund')
  await startRefund({
    kind: 'aftersale',
    orderId: order._id,
    openid: order.openid,
    outTradeNo: order.paidOutTradeNo,
    outRefundNo,
    totalFee: order.payable,
    refundFee: as.refundAmount,
    reason: as.reason,
    afterSaleId: as._id,
    now,
  })
}

export async function rejectAfterSale(id: string, note: string, now: number): Promise<AfterSale> {
  const { order, index, as } = await locate(id)
  if (as.state !== 'pending') conflict()
  const ok = await moveAfterSale(order, index, 'pending', 'rejected', 'merchant', now, {
    note,
    set: { merchantNote: note },
    orderWhere: { state: 'after_sale' },
    orderSet: resumeOrderSet(order, now, note),
  })
  if (!ok) conflict()
  return (await locate(id)).as
}

export async function submitReturnWaybill(openid: string, id: string, carrierCode: string, waybillNo: string, now: number): Promise<AfterSale> {
  const { order, index, as } = await locate(id)
  if (order.openid !== openid) throw notFound('afterSale', id)
  if (as.state !== 'awaiting_return') throw new AppError('CONFLICT', '当前无需填写退货单号 / no return parcel is expected now')
  const ok = await moveAfterSale(order, index, 'awaiting_return', 'returning', 'buyer', now, {
    set: { returnWaybill: { carrierCode, waybillNo, at: now } },
  })
  if (!ok) conflict()
  return (await locate(id)).as
}

/** The returned parcel is in: restock it, then refund (return_refund) or ship the replacement (exchange). */
export async function confirmReturn(id: string, replacement: { carrierCode: string; waybillNo: string } | undefined, now: number): Promise<AfterSale> {
  const { order, index, as } = await locate(id)
  if (as.state !== 'returning' && as.state !== 'awaiting_return') conflict()
  if (as.kind === 'exchange') {
    if (!replacement) throw new AppError('INVALID_INPUT', '换货需填写补发的快递公司和单号 / an exchange needs the replacement carrier and waybill')
    // The returned unit and the replacement are the same SKU: stock is unchanged overall.
    await recordShipment(order, replacement.carrierCode, replacement.waybillNo, 'replacement', now)
    const ok = await moveAfterSale(order, index, as.state, 'exchanged', 'merchant', now, {
      set: { replacement: { ...replacement, at: now } },
      orderWhere: { state: 'after_sale' },
      orderSet: resumeOrderSet(order, now, '换货已补发 / replacement shipped'),
    })
    if (!ok) conflict()
    return (await locate(id)).as
  }
  const outRefundNo = outRefundNoFor('aftersale', as._id)
  const target = { kind: 'afterSale', index } as const
  if (!(await moveAfterSale(order, index, as.state, 'refunding', 'merchant', now, { set: { outRefundNo }, orderSet: restockPendingField(target) }))) conflict()
  await restockOnce(order._id, target, now)
  await refundAfterSale(order, as, outRefundNo, now)
  return (await locate(id)).as
}

/**
 * The refund arrived (refund notification): the after-sale is done, its lines count as refunded and the
 * order leaves after_sale — to `refunded` when nothing is left, else back to where it was. One write.
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
  let orderSet: Record<string, unknown>
  if (everything) {
    const entry: StateLogEntry = { from: 'after_sale', to: 'refunded' as OrderState, event: 'refundAll', at: now, by: 'pay' }
    orderSet = { state: 'refunded', afterSaleResume: null, openAfterSaleId: null, stateLog: _.push([entry]) }
  } else {
    orderSet = resumeOrderSet(order, now, '部分退款完成 / partial refund done')
  }
  await moveAfterSale(order, index, 'refunding', 'refunded', 'pay', now, {
    orderWhere: { state: 'after_sale' },
    orderSet: { ...orderSet, ...itemSet, refundedAmount: _.inc(refundFee) },
  })
}

export function isOpen(as: AfterSale): boolean {
  return OPEN.includes(as.state)
}

export async function listOwnAfterSales(openid: string, orderId?: string): Promise<AfterSale[]> {
  if (orderId) return [...(await ownOrder(openid, orderId)).afterSales].reverse()
  const { data } = await orders().where({ openid, hasAfterSale: true }).orderBy('updatedAt', 'desc').limit(50).get()
  return data.flatMap((o) => [...o.afterSales].reverse())
}

export async function getOwnAfterSale(openid: string, id: string): Promise<AfterSale> {
  const { as } = await locate(id)
  if (as.openid !== openid) throw notFound('afterSale', id)
  return as
}

export async function getAfterSale(id: string): Promise<AfterSale> {
  return (await locate(id)).as
}

/** Merchant queue: open requests come from orders in after_sale; finished ones from any order that had one. */
export async function listAfterSales(q: { state?: AfterSaleState; page: number; pageSize: number }) {
  const where: Record<string, unknown> = q.state && OPEN.includes(q.state) ? { state: 'after_sale' } : { hasAfterSale: true }
  const all: AfterSale[] = []
  for (let skip = 0; skip < 1000; skip += 100) {
    const { data } = await orders().where(where).orderBy('updatedAt', 'desc').skip(skip).limit(100).get()
    all.push(...data.flatMap((o) => o.afterSales))
    if (data.length < 100) break
  }
  const filtered = all.filter((a) => !q.state || a.state === q.state).sort((a, b) => b.updatedAt - a.updatedAt)
  const items = filtered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize)
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
      if (as.kind === 'return_refund') await restockOnce(order._id, { kind: 'afterSale', index }, now)
      await refundAfterSale(order, as, as.outRefundNo, now)
      resumed++
    }
  }
  return resumed
}

