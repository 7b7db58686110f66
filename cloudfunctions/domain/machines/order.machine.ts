/** The order lifecycle. After-sales park the order in `after_sale` and send it back where it was. */
import { ORDER_STATES, type OrderState } from '../../contracts/order'
import { defineMachine } from './machine'

/** States an after-sale may return an order to. */
export const RESUMABLE: readonly OrderState[] = ['paid', 'shipped', 'delivered', 'completed']

export const orderMachine = defineMachine({
  name: 'order',
  states: ORDER_STATES,
  initial: ['pending_payment'],
  terminal: ['cancelled', 'refunded'],
  events: {
    pay: { from: ['pending_payment'], to: 'paid' },
    cancel: { from: ['pending_payment'], to: 'cancelled' },
    timeout: { from: ['pending_payment'], to: 'cancelled' },
    ship: { from: ['paid'], to: 'shipped' },
    deliver: { from: ['shipped'], to: 'delivered' },
    confirmReceipt: { from: ['shipped', 'delivered'], to: 'completed' },
    autoComplete: { from: ['delivered'], to: 'completed' },
    requestAfterSale: { from: RESUMABLE, to: 'after_sale' },
    refundAll: { from: ['after_sale'], to: 'refunded' },
    resolveAfterSale: { from: ['after_sale'], to: RESUMABLE },
    /** A 拼团 that never formed: the paid order's money came back (refund settled). */
    groupRefund: { from: ['paid'], to: 'refunded' },
  },
})

export type OrderEvent = keyof typeof orderMachine.events
