/**
 * order.create as a workflow: reserve stock ↔ release stock, insert order ↔ delete order, clear the cart.
 * Idempotent on (openid, clientRequestId) through a deterministic order id; all or nothing on stock.
 */
import type { OrderCreateInput, OrderCreateOutput, OrderItem } from '../../contracts/order'
import { shopConfig } from '../../config'
import { AppError } from '../../core/errors'
import { systemActor } from '../../core/actor'
import type { EngineQuote } from '../../domain/promotions/engine'
import { holdPointsForOrder, releaseHeldPoints } from '../member/points-hold'
import { lockCoupon, transitionCouponOfOrder } from '../coupon/coupon-transition'
import { transitionOrder } from './order-transition'
import { getOwnAddress } from '../address.service'
import { removeBoughtLines } from '../cart.service'
import { releaseStock, reserveStock, type StockTaken } from '../stock.service'
import { assertOrderable, priceGoods, resolveGoods, type CheckoutGoods } from './checkout-quote'
import { findOrder, orders, type OrderRecord } from './order-record'
import { newOrderNo, orderIdFor } from './order-numbers'
import { runWorkflow, type WorkflowStep } from '../workflow/run-workflow'
import { diySteps, isDiyLine } from '../diy/diy-checkout'
import { specialOrderFields, specialSteps, usesNormalStock } from '../specials/special-checkout'

interface CreateContext {
  openid: string
  input: OrderCreateInput & { clientRequestId: string; addressId: string }
  now: number
  orderId: string
  goods: CheckoutGoods
  priced: EngineQuote
  record: OrderRecord
  taken: StockTaken[]
  inserted: boolean
  couponLocked: boolean
  pointsHeld: boolean
}

const reserveStockStep: WorkflowStep<CreateContext> = {
  name: 'reserveStock',
  done: 'order.stockReserved',
  run: async (ctx) => {
    ctx.taken = await reserveStock(
      ctx.goods.items.filter((i) => usesNormalStock(i) && !isDiyLine(i)).map((i) => ({ productId: i.productId, skuId: i.skuId, quantity: i.quantity, title: i.title, indexHint: i.skuIndex })),
    )
  },
  compensate: async (ctx) => releaseStock(ctx.taken),
}

const insertOrderStep: WorkflowStep<CreateContext> = {
  name: 'insertOrder',
  done: 'order.created',
  run: async (ctx) => {
    await orders().add({ data: ctx.record as unknown as Record<string, unknown> })
    ctx.inserted = true
  },
  compensate: async (ctx) => {
    if (ctx.inserted) await orders().where({ _id: ctx.orderId, state: 'pending_payment' }).remove()
  },
}

/** The chosen coupon is locked by this order until it is paid (→ used) or cancelled (→ available again). */
const lockCouponStep: WorkflowStep<CreateContext> = {
  name: 'lockCoupon',
  run: async (ctx) => {
    if (!ctx.priced.couponId) return
    await lockCoupon(ctx.openid, ctx.priced.couponId, ctx.orderId, ctx.record.payDeadline, { kind: 'buyer', openid: ctx.openid }, ctx.now)
    ctx.couponLocked = true
  },
  compensate: async (ctx) => {
    if (ctx.couponLocked) await transitionCouponOfOrder(ctx.orderId, 'release', systemActor('order.create.undo'), ctx.now)
  },
}

/** Points spent on this order are held (membership owns the balance); given back if creation fails. */
const holdPointsStep: WorkflowStep<CreateContext> = {
  name: 'holdPoints',
  run: async (ctx) => {
    if (ctx.priced.pointsUsed <= 0) return
    await holdPointsForOrder(ctx.openid, ctx.orderId, ctx.priced.pointsUsed, ctx.now)
    ctx.pointsHeld = true
  },
  compensate: async (ctx) => {
    if (ctx.pointsHeld) await releaseHeldPoints(ctx.openid, ctx.orderId, ctx.now)
  },
}

/** Discounts cover everything: the order is paid now by the system, no WeChat Pay (and no shipping-info upload later). */
const settleFreeStep: WorkflowStep<CreateContext> = {
  name: 'settleFree',
  run: async (ctx) => {
    if (ctx.record.payable !== 0) return
    const won = await transitionOrder(ctx.record, {
      event: 'pay',
      actor: systemActor('order.nothingToPay'),
      now: ctx.now,
      reason: { key: 'reason.order.nothingToPay' },
      set: { paidAt: ctx.now },
    })
    if (won) ctx.record = { ...ctx.record, state: 'paid', paidAt: ctx.now }
  },
}

const clearCartStep: WorkflowStep<CreateContext> = {
  name: 'clearCart',
  run: async (ctx) => {
    if (!ctx.goods.fromCart) return
    // The order stands even if the cart cannot be tidied; the lines then simply stay in the cart.
    await removeBoughtLines(ctx.openid, ctx.goods.items.map((i) => i.skuId)).catch((err) =>
      console.error(JSON.stringify({ level: 'warn', step: 'clearCart', error: String(err) })),
    )
  },
}

function repeatOf(order: OrderRecord): OrderCreateOutput {
  return {
    orderId: order._id,
    orderNo: order.orderNo,
    state: order.state,
    payable: order.payable,
    payDeadline: order.state === 'pending_payment' ? order.payDeadline : null,
    repeated: true,
    paymentNeeded: order.state === 'pending_payment' && order.payable > 0,
  }
}

function buildRecord(ctx: Omit<CreateContext, 'record' | 'taken' | 'inserted' | 'couponLocked' | 'pointsHeld'>, address: OrderRecord['address']): OrderRecord {
  const items = ctx.goods.items
  // Each line's share of the discounts and of payable, fen-exact (the engine's allocation).
  const share = new Map(ctx.priced.allocation.map((a) => [a.skuId, a]))
  const snapshot: OrderItem[] = items.map((i) => ({
    productId: i.productId,
    skuId: i.skuId,
    title: i.title,
    skuName: i.skuName,
    cover: i.cover,
    unitPrice: i.unitPrice,
    quantity: i.quantity,
    subtotal: i.unitPrice * i.quantity,
    paidShare: share.get(i.skuId)!.paidShare,
    discountShare: share.get(i.skuId)!.discountShare,
    refundedQuantity: 0,
    refundedAmount: 0,
    ...(ctx.goods.diy && isDiyLine(i) ? { diy: ctx.goods.diy.part } : {}),
  }))
  const timeoutMs = shopConfig().business.unpaidTimeoutMinutes * 60_000
  return {
    _id: ctx.orderId,
    orderNo: newOrderNo(ctx.now),
    openid: ctx.openid,
    clientRequestId: ctx.input.clientRequestId,
    state: 'pending_payment',
    items: snapshot,
    lines: ctx.priced.lines,
    goodsTotal: ctx.priced.goodsTotal,
    discountTotal: ctx.priced.discountTotal,
    shippingFee: ctx.priced.shippingFee,
    payable: ctx.priced.payable,
    address,
    remark: ctx.input.remark ?? '',
    stateLog: [{ from: null, to: 'pending_payment', event: 'create', at: ctx.now, actor: { kind: 'buyer', openid: ctx.openid } }],
    payDeadline: ctx.now + timeoutMs,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    paidAt: null,
    shippedAt: null,
    deliveredAt: null,
    completedAt: null,
    cancelledAt: null,
    cancelReason: null,
    refundedAmount: 0,
    payAttempts: 0,
    paidOutTradeNo: null,
    transactionId: null,
    payerOpenid: null,
    shipments: [],
    afterSaleResume: null,
    openAfterSaleId: null,
    afterSales: [],
    hasAfterSale: false,
    shippingInfoUpload: null,
    couponId: ctx.priced.couponId,
    pointsUsed: ctx.priced.pointsUsed,
    promotionIds: ctx.priced.promotionIds,
  }
}

export async function createOrder(openid: string, input: CreateContext['input'], now: number): Promise<OrderCreateOutput> {
  const orderId = orderIdFor(openid, input.clientRequestId)
  const existing = await findOrder(orderId)
  if (existing) return repeatOf(existing)

  const addressRecord = await getOwnAddress(openid, input.addressId)
  const { name, phone, province, city, district, detail } = addressRecord
  const goods = await resolveGoods(openid, input.source, now)
  assertOrderable(goods)
  const couponChoice = input.couponId === undefined ? 'best' : input.couponId
  const priced = await priceGoods(goods, now, { couponChoice, usePoints: input.usePoints ?? 0 })
  if (priced.couponRejected) throw new AppError('CONFLICT', 'error.coupon.notApplicable', {}, { couponId: String(input.couponId) })
  const base = { openid, input, now, orderId, goods, priced }
  const record = { ...buildRecord(base, { name, phone, province, city, district, detail }), ...specialOrderFields(goods.special, orderId, goods.items[0]?.quantity ?? 0) }
  const ctx: CreateContext = {
    ...base,
    record,
    taken: [],
    inserted: false,
    couponLocked: false,
    pointsHeld: false,
  }
  try {
    await runWorkflow('order.create', [...specialSteps<CreateContext>(), ...diySteps<CreateContext>(), reserveStockStep, lockCouponStep, holdPointsStep, insertOrderStep, settleFreeStep, clearCartStep], ctx)
  } catch (err) {
    // Two identical requests raced: ours lost the insert, its stock is back, answer with the winner's order.
    const winner = await findOrder(orderId).catch(() => null)
    if (winner && winner.openid === openid && !ctx.inserted) return repeatOf(winner)
    throw err
  }
  const r = ctx.record
  const paymentNeeded = r.state === 'pending_payment' && r.payable > 0
  return { orderId: r._id, orderNo: r.orderNo, state: r.state, payable: r.payable, payDeadline: paymentNeeded ? r.payDeadline : null, repeated: false, paymentNeeded }
}
