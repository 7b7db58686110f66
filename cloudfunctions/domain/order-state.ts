/**
 * The order state machine as a table (DESIGN "Order state machine"). Pure: services ask it before every
 * write and then write conditionally on the current state, so a refused transition is explained and a
 * raced one cannot win twice.
 */
import type { OrderState } from '../contracts/order'

export type OrderEvent =
  | 'pay'
  | 'cancel'
  | 'timeout'
  | 'ship'
  | 'deliver'
  | 'confirmReceipt'
  | 'autoComplete'
  | 'requestAfterSale'
  | 'refundAll'
  | 'resolveAfterSale'

/** `resume`: back to the state the order had before the after-sale (passed by the caller). */
type Target = OrderState | 'resume'

const TABLE: Record<OrderEvent, { from: readonly OrderState[]; to: Target; why: string }> = {
  pay: { from: ['pending_payment'], to: 'paid', why: '只有待付款订单可以支付 / only an unpaid order can be paid' },
  cancel: { from: ['pending_payment'], to: 'cancelled', why: '只有待付款订单可以取消 / only an unpaid order can be cancelled' },
  timeout: { from: ['pending_payment'], to: 'cancelled', why: '订单已不是待付款 / the order is no longer unpaid' },
  ship: { from: ['paid'], to: 'shipped', why: '只有待发货订单可以发货 / only a paid, unshipped order can be shipped' },
  deliver: { from: ['shipped'], to: 'delivered', why: '订单尚未发货 / the order has not been shipped' },
  confirmReceipt: {
    from: ['shipped', 'delivered'],
    to: 'completed',
    why: '只有已发货订单可以确认收货 / only a shipped order can be confirmed as received',
  },
  autoComplete: { from: ['delivered'], to: 'completed', why: '只有已签收订单会自动完成 / only delivered orders complete by themselves' },
  requestAfterSale: {
    from: ['paid', 'shipped', 'delivered', 'completed'],
    to: 'after_sale',
    why: '该订单状态不能申请售后 / after-sales are not possible in this order state',
  },
  refundAll: { from: ['after_sale'], to: 'refunded', why: '订单不在售后中 / the order has no after-sale in progress' },
  resolveAfterSale: { from: ['after_sale'], to: 'resume', why: '订单不在售后中 / the order has no after-sale in progress' },
}

/** States an after-sale may return an order to. */
export const RESUMABLE: readonly OrderState[] = ['paid', 'shipped', 'delivered', 'completed']

export type Transition = { ok: true; to: OrderState } | { ok: false; reason: string }

export function canTransition(from: OrderState, event: OrderEvent, resumeTo?: OrderState | null): Transition {
  const rule = TABLE[event]
  if (!rule.from.includes(from)) return { ok: false, reason: `${rule.why}（当前 / now: ${from}）` }
  if (rule.to !== 'resume') return { ok: true, to: rule.to }
  if (!resumeTo || !RESUMABLE.includes(resumeTo)) {
    return { ok: false, reason: '售后前的订单状态未知 / the state before the after-sale is unknown' }
  }
  return { ok: true, to: resumeTo }
}

/** Every event the table allows from `state` (for the "what may I do" buttons). */
export function allowedEvents(state: OrderState): OrderEvent[] {
  return (Object.keys(TABLE) as OrderEvent[]).filter((e) => TABLE[e].from.includes(state))
}

export const TERMINAL_STATES: readonly OrderState[] = ['cancelled', 'refunded']
