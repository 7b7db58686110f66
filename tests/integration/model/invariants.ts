/**
 * What must hold after EVERY step, read straight from the database (and the pay fake's books), never
 * from action replies. Each check returns readable problems; the model-run throws on the first non-empty list.
 */
import { afterSaleMachine, orderMachine, refundMachine } from '../../../cloudfunctions/domain/machines'
import { CATALOGUE, SKUS, type ShopWorld, type StoredAfterSale, type StoredOrder } from './shop-world'

/** The machines as the code declares them (domain/machines): states, initial states and edges. */
export interface OrderMachineView {
  states: readonly string[]
  initial: readonly string[]
  isEdge(from: string, to: string): boolean
  afterSale: { states: readonly string[]; initial: readonly string[]; isEdge(from: string, to: string): boolean }
  /** Refund record states that mean WeChat paid the money back / refused it. */
  refundSuccess: readonly string[]
  refundFailed: readonly string[]
}

export function loadMachines(): OrderMachineView {
  const edges = (to: string | readonly string[]) => (typeof to === 'string' ? [to] : [...to])
  return {
    states: orderMachine.states,
    initial: orderMachine.initial,
    isEdge: (from, to) => orderMachine.isEdge(from as never, to as never),
    afterSale: { states: afterSaleMachine.states, initial: afterSaleMachine.initial, isEdge: (a, b) => afterSaleMachine.isEdge(a as never, b as never) },
    refundSuccess: edges(refundMachine.events.settle.to),
    refundFailed: edges(refundMachine.events.fail.to),
  }
}

/** Live orders: those that may still hold units. A cancelled order holds none once the command is done. */
const HOLDING = new Set(['pending_payment', 'paid', 'shipped', 'delivered', 'completed', 'after_sale', 'refunded'])

/**
 * Was the after-sale asked for before the order left the shop? The k-th `requestAfterSale` entry of the
 * state log opened afterSales[k]; its `from` is the order's state then.
 */
function requestedUnshipped(order: StoredOrder, index: number): boolean {
  const opened = order.stateLog.filter((e) => e.event === 'requestAfterSale')[index]
  return opened ? opened.from === 'paid' : !order.shipments.some((s) => s.purpose === 'order' && s.shippedAt <= order.afterSales[index].createdAt)
}

/** States of an after-sale that mean the merchant has taken the units back (or never sent them). */
const DECIDED = new Set(['refunding', 'refunded'])

/**
 * Units of each SKU an after-sale has put back on the shelf:
 * - refund_only on an order still unshipped when asked: the units never left, they are back once approved
 *   (after-sale `refunding`/`refunded`);
 * - return_refund: back when the merchant confirmed the parcel (`refunding`/`refunded`);
 * - refund_only on a shipped order: the buyer keeps the goods, nothing comes back;
 * - exchange: one unit back, one replacement out: nothing changes; pending / rejected / awaiting_return / returning: nothing yet.
 */
function restockedBy(order: StoredOrder, as: StoredAfterSale, index: number): Map<string, number> {
  const back = new Map<string, number>()
  const comesBack = (as.kind === 'refund_only' && requestedUnshipped(order, index)) || as.kind === 'return_refund'
  if (!comesBack || !DECIDED.has(as.state)) return back
  for (const l of as.lines) back.set(l.skuId, (back.get(l.skuId) ?? 0) + l.quantity)
  return back
}

/**
 * Units of each SKU an order holds: what it bought minus what after-sales put back; 0 once cancelled.
 * Units refunded but not returned (refund_only after shipping) stay counted: they are gone to the buyer.
 */
export function heldUnits(order: StoredOrder): Map<string, number> {
  const held = new Map<string, number>()
  if (!HOLDING.has(order.state)) return held
  for (const i of order.items) held.set(i.skuId, (held.get(i.skuId) ?? 0) + i.quantity)
  order.afterSales.forEach((as, index) => {
    for (const [sku, n] of restockedBy(order, as, index)) held.set(sku, (held.get(sku) ?? 0) - n)
  })
  return held
}

const fen = (n: number) => `¥${(n / 100).toFixed(2)}`

/**
 * (1) stock conservation, (2) no unit sold twice — per SKU:
 *     sku.stock + Σ held(order) = start + Σ successful adjustStock deltas, stock ≥ 0, sku.sold = Σ held;
 *     Σ held ≤ start + adjustments; a unique piece is held by at most one live order;
 *     product.stock / product.sold are the sums over its SKUs.
 */
export function checkStock(w: ShopWorld): string[] {
  const problems: string[] = []
  const orders = w.orders()
  const heldBy = orders.map((o) => ({ o, held: heldUnits(o) }))
  for (const sku of SKUS) {
    const product = w.product(sku.productId)
    const stored = product.skus.find((s) => s.skuId === sku.skuId)
    if (!stored) {
      problems.push(`${sku.label}: SKU ${sku.skuId} vanished from the product`)
      continue
    }
    const expectedTotal = sku.start + (w.adjustments.get(sku.skuId) ?? 0)
    const holders = heldBy.filter((h) => (h.held.get(sku.skuId) ?? 0) > 0)
    const held = heldBy.reduce((n, h) => n + (h.held.get(sku.skuId) ?? 0), 0)
    const who = holders.map((h) => `${w.orderLabel(h.o._id)}[${h.o.state}]×${h.held.get(sku.skuId)}`).join(', ') || 'none'
    if (stored.stock + held !== expectedTotal) {
      problems.push(`stock conservation, ${sku.label}: stock ${stored.stock} + held by orders ${held} (${who}) ≠ start ${sku.start} + adjustments ${w.adjustments.get(sku.skuId) ?? 0}`)
    }
    if (stored.stock < 0) problems.push(`${sku.label}: negative stock ${stored.stock}`)
    if (held > expectedTotal) problems.push(`sold twice, ${sku.label}: orders hold ${held} (${who}) of ${expectedTotal} that exist`)
    if (stored.sold !== held) problems.push(`${sku.label}: sold counter ${stored.sold} ≠ units held by orders ${held} (${who})`)
    if (product.unique && holders.length > 1) problems.push(`unique piece ${sku.label} is in ${holders.length} live orders: ${who}`)
    for (const h of heldBy) {
      const n = h.held.get(sku.skuId) ?? 0
      if (n < 0) problems.push(`${w.orderLabel(h.o._id)}: more units of ${sku.label} put back than it bought (${n})`)
    }
  }
  for (const p of CATALOGUE) {
    const product = w.product(p.id)
    const stock = product.skus.reduce((n, s) => n + s.stock, 0)
    const sold = product.skus.reduce((n, s) => n + s.sold, 0)
    if (product.stock !== stock || product.sold !== sold) problems.push(`${p.id}: product totals stock ${product.stock}/sold ${product.sold} ≠ SKU sums ${stock}/${sold}`)
  }
  return problems
}

/**
 * (3) refunds per order ≤ what was paid for it. Paid = trades WeChat (the pay fake) says SUCCESS for
 * the order's out_trade_nos. Checked: Σ refund records not failed ≤ paid, Σ successful ones ≤ paid,
 * order.refundedAmount ≤ paid and ≤ Σ successful refunds (money counts as returned only when WeChat
 * said so); per line refundedAmount ≤ paidShare and refundedQuantity ≤ quantity.
 */
export async function checkRefunds(w: ShopWorld, m: OrderMachineView): Promise<string[]> {
  const problems: string[] = []
  const prepays = await w.fakes.pay.listPrepays()
  const payments = w.docs('payments')
  const refunds = w.docs('refunds')
  for (const o of w.orders()) {
    const label = w.orderLabel(o._id)
    const trades = new Set(payments.filter((p) => p.orderId === o._id).map((p) => String(p.outTradeNo)))
    const paid = prepays.filter((p) => trades.has(p.outTradeNo) && p.state === 'SUCCESS').reduce((n, p) => n + p.totalFee, 0)
    const mine = refunds.filter((r) => r.orderId === o._id)
    const asked = mine.filter((r) => !m.refundFailed.includes(String(r.state))).reduce((n, r) => n + Number(r.refundFee), 0)
    const settled = mine.filter((r) => m.refundSuccess.includes(String(r.state))).reduce((n, r) => n + Number(r.refundFee), 0)
    if (asked > paid) problems.push(`${label}: refunds asked ${fen(asked)} > paid ${fen(paid)} (${mine.map((r) => `${r._id}:${r.state}:${fen(Number(r.refundFee))}`).join(', ')})`)
    if (settled > paid) problems.push(`${label}: refunds settled ${fen(settled)} > paid ${fen(paid)}`)
    if (o.refundedAmount > paid) problems.push(`${label}: order.refundedAmount ${fen(o.refundedAmount)} > paid ${fen(paid)}`)
    if (o.refundedAmount > settled) problems.push(`${label}: order.refundedAmount ${fen(o.refundedAmount)} > refunds WeChat confirmed ${fen(settled)}`)
    for (const i of o.items) {
      if (i.refundedAmount > i.paidShare) problems.push(`${label}: line ${i.skuId} refunded ${fen(i.refundedAmount)} > its share ${fen(i.paidShare)}`)
      if (i.refundedQuantity > i.quantity) problems.push(`${label}: line ${i.skuId} refunded ${i.refundedQuantity} units of ${i.quantity}`)
    }
  }
  return problems
}

/** (4) every order's state is a machine state and its log a path of legal transitions ending there; same for after-sales. */
export function checkStates(w: ShopWorld, m: OrderMachineView): string[] {
  const problems: string[] = []
  for (const o of w.orders()) {
    const label = w.orderLabel(o._id)
    if (!m.states.includes(o.state)) problems.push(`${label}: unknown state ${o.state}`)
    const log = o.stateLog ?? []
    const path = log.map((e) => `${e.from ?? '∅'}→${e.to}(${e.event})`).join(' ')
    if (log.length === 0) problems.push(`${label}: empty state log`)
    else if (log[0].from !== null || !m.initial.includes(log[0].to)) problems.push(`${label}: log does not start in an initial state: ${path}`)
    for (let k = 1; k < log.length; k++) {
      const e = log[k]
      if (e.from !== log[k - 1].to) problems.push(`${label}: log jumps from ${log[k - 1].to} to an entry from ${e.from}: ${path}`)
      if (e.from !== null && !m.isEdge(e.from, e.to)) problems.push(`${label}: illegal transition ${e.from}→${e.to} (${e.event}): ${path}`)
    }
    if (log.length > 0 && log[log.length - 1].to !== o.state) problems.push(`${label}: state ${o.state} but log ends in ${log[log.length - 1].to}: ${path}`)
    const open = o.afterSales.filter((a) => !afterSaleMachine.terminal.includes(a.state as never))
    if (open.length > 1) problems.push(`${label}: ${open.length} open after-sales at once`)
    if (o.state === 'after_sale' && open.length === 0) problems.push(`${label}: parked in after_sale with no open after-sale (${o.afterSales.map((a) => a.state).join(', ')})`)
    if (o.state !== 'after_sale' && open.length > 0) problems.push(`${label}: after-sale ${open[0]._id} is ${open[0].state} but the order is ${o.state}`)
    for (const as of o.afterSales) {
      if (!m.afterSale.states.includes(as.state)) problems.push(`${label}: after-sale ${as._id} in unknown state ${as.state}`)
      const states = (as.log ?? []).map((e) => e.state)
      if (states.length === 0) continue
      if (!m.afterSale.initial.includes(states[0])) problems.push(`${label}: after-sale ${as._id} log starts in ${states[0]}`)
      for (let k = 1; k < states.length; k++) {
        if (!m.afterSale.isEdge(states[k - 1], states[k])) problems.push(`${label}: after-sale ${as._id} illegal ${states[k - 1]}→${states[k]}: ${states.join('→')}`)
      }
      if (states[states.length - 1] !== as.state) problems.push(`${label}: after-sale ${as._id} is ${as.state} but its log ends in ${states[states.length - 1]}`)
    }
  }
  return problems
}

/** (5) money never drifts: payable = Σ price lines = Σ line shares; item subtotals = price × qty; goods total = Σ subtotals. */
export function checkMoney(w: ShopWorld): string[] {
  const problems: string[] = []
  for (const o of w.orders()) {
    const label = w.orderLabel(o._id)
    const lines = o.lines.reduce((n, l) => n + l.amount, 0)
    if (lines !== o.payable) problems.push(`${label}: payable ${fen(o.payable)} ≠ Σ price lines ${fen(lines)} (${o.lines.map((l) => `${l.kind}:${l.amount}`).join(' ')})`)
    const shares = o.items.reduce((n, i) => n + i.paidShare, 0)
    if (shares !== o.payable) problems.push(`${label}: payable ${fen(o.payable)} ≠ Σ line shares ${fen(shares)}`)
    const subtotals = o.items.reduce((n, i) => n + i.subtotal, 0)
    if (subtotals !== o.goodsTotal) problems.push(`${label}: goods total ${fen(o.goodsTotal)} ≠ Σ subtotals ${fen(subtotals)}`)
    for (const i of o.items) if (i.subtotal !== i.unitPrice * i.quantity) problems.push(`${label}: ${i.skuId} subtotal ${i.subtotal} ≠ ${i.unitPrice} × ${i.quantity}`)
    for (const as of o.afterSales) {
      const sum = as.lines.reduce((n, l) => n + l.refundAmount, 0)
      if (sum !== as.refundAmount) problems.push(`${label}: after-sale ${as._id} refund ${fen(as.refundAmount)} ≠ Σ its lines ${fen(sum)}`)
    }
  }
  return problems
}

export async function allInvariants(w: ShopWorld, m: OrderMachineView): Promise<string[]> {
  return [...checkStock(w), ...(await checkRefunds(w, m)), ...checkStates(w, m), ...checkMoney(w), ...checkCoupons(w)]
}

/**
 * (6) coupons: a coupon is used by at most one paid order, and a used one by an order that was paid; a
 * locked coupon's order exists and is unpaid (pending payment); a coupon whose order was cancelled or
 * timed out unpaid is no longer held by it (available again, or since taken by another order); an order
 * names the coupon that holds it; an order with a coupon has a coupon price line.
 */
export function checkCoupons(w: ShopWorld): string[] {
  const problems: string[] = []
  const orders = new Map(w.orders().map((o) => [o._id, o]))
  const coupons = w.coupons()
  const byId = new Map(coupons.map((c) => [c._id, c]))
  for (const c of coupons) {
    const holder = c.orderId ? orders.get(c.orderId) : undefined
    const paidBy = [...orders.values()].filter((o) => o.couponId === c._id && o.paidAt !== null && o.state !== 'cancelled')
    if (paidBy.length > 1) problems.push(`coupon ${c._id} (${c.openid}) paid for ${paidBy.length} orders: ${paidBy.map((o) => w.orderLabel(o._id)).join(', ')}`)
    if (c.status === 'locked') {
      if (!holder) problems.push(`coupon ${c._id} (${c.openid}) locked by an order that does not exist (${c.orderId})`)
      else if (holder.state !== 'pending_payment') problems.push(`coupon ${c._id} locked by ${w.orderLabel(holder._id)} which is ${holder.state}`)
      else if (holder.couponId !== c._id) problems.push(`coupon ${c._id} locked by ${w.orderLabel(holder._id)}, which names coupon ${holder.couponId}`)
    }
    if (c.status === 'used') {
      if (!holder || holder.paidAt === null) problems.push(`coupon ${c._id} used by ${holder ? `unpaid ${w.orderLabel(holder._id)}` : `missing order ${c.orderId}`}`)
      const uses = c.log.filter((e) => e.event === 'use').length
      if (uses !== 1) problems.push(`coupon ${c._id} used ${uses} times in its log`)
    }
  }
  for (const o of orders.values()) {
    if (!o.couponId) continue
    const c = byId.get(o.couponId)
    const label = w.orderLabel(o._id)
    if (!c) {
      problems.push(`${label} names coupon ${o.couponId}, which does not exist`)
      continue
    }
    if (!o.lines.some((l) => l.kind === 'coupon')) problems.push(`${label} locked coupon ${c._id} but has no coupon price line`)
    if (o.state === 'cancelled' && o.paidAt === null && c.orderId === o._id) problems.push(`${label} was cancelled unpaid but coupon ${c._id} is still ${c.status} by it`)
    if (o.state === 'pending_payment' && !(c.orderId === o._id && c.status === 'locked')) problems.push(`${label} is unpaid with coupon ${c._id}, which is ${c.status} (held by ${c.orderId ?? 'nobody'})`)
    if (o.paidAt !== null && o.state !== 'cancelled' && !(c.orderId === o._id && c.status === 'used')) problems.push(`${label} was paid with coupon ${c._id}, which is ${c.status} (held by ${c.orderId ?? 'nobody'})`)
  }
  return problems
}
