/**
 * order.create as a workflow: reserve stock ↔ release stock, insert order ↔ delete order, clear the cart.
 * Idempotent on (openid, clientRequestId) through a deterministic order id; all or nothing on stock.
 */
import type { OrderCreateInput, OrderCreateOutput, OrderItem } from '../../contracts/order'
import { shopConfig } from '../../config'
import type { PriceQuote } from '../../domain/pricing'
import { paidShares } from '../../domain/refund'
import { getOwnAddress } from '../address.service'
import { removeBoughtLines } from '../cart.service'
import { releaseStock, reserveStock, type StockTaken } from '../stock.service'
import { assertOrderable, priceGoods, resolveGoods, type CheckoutGoods } from './checkout-quote'
import { findOrder, orders, type OrderRecord } from './order-record'
import { newOrderNo, orderIdFor } from './order-numbers'
import { runWorkflow, type WorkflowStep } from '../workflow/run-workflow'
import { specialOrderFields, specialSteps, usesNormalStock } from '../specials/special-checkout'

interface CreateContext {
  openid: string
  input: OrderCreateInput & { clientRequestId: string; addressId: string }
  now: number
  orderId: string
  goods: CheckoutGoods
  priced: PriceQuote
  record: OrderRecord
  taken: StockTaken[]
  inserted: boolean
}

const reserveStockStep: WorkflowStep<CreateContext> = {
  name: 'reserveStock',
  done: 'order.stockReserved',
  run: async (ctx) => {
    ctx.taken = await reserveStock(
      ctx.goods.items.filter(usesNormalStock).map((i) => ({ productId: i.productId, skuId: i.skuId, quantity: i.quantity, title: i.title, indexHint: i.skuIndex })),
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
  }
}

function buildRecord(ctx: Omit<CreateContext, 'record' | 'taken' | 'inserted'>, address: OrderRecord['address']): OrderRecord {
  const items = ctx.goods.items
  const shares = paidShares(ctx.priced.payable, items.map((i) => i.unitPrice * i.quantity))
  const snapshot: OrderItem[] = items.map((i, n) => ({
    productId: i.productId,
    skuId: i.skuId,
    title: i.title,
    skuName: i.skuName,
    cover: i.cover,
    unitPrice: i.unitPrice,
    quantity: i.quantity,
    subtotal: i.unitPrice * i.quantity,
    paidShare: shares[n],
    refundedQuantity: 0,
    refundedAmount: 0,
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
  const priced = await priceGoods(goods, now)
  const base = { openid, input, now, orderId, goods, priced }
  const record = { ...buildRecord(base, { name, phone, province, city, district, detail }), ...specialOrderFields(goods.special, orderId, goods.items[0]?.quantity ?? 0) }
  const ctx: CreateContext = { ...base, record, taken: [], inserted: false }
  try {
    await runWorkflow('order.create', [...specialSteps<CreateContext>(), reserveStockStep, insertOrderStep, clearCartStep], ctx)
  } catch (err) {
    // Two identical requests raced: ours lost the insert, its stock is back, answer with the winner's order.
    const winner = await findOrder(orderId).catch(() => null)
    if (winner && winner.openid === openid && !ctx.inserted) return repeatOf(winner)
    throw err
  }
  const r = ctx.record
  return { orderId: r._id, orderNo: r.orderNo, state: r.state, payable: r.payable, payDeadline: r.payDeadline, repeated: false }
}
