/**
 * An after-sale request (stored inside its order):
 * refund_only:   pending → refunding → refunded
 * return_refund: pending → awaiting_return → returning → refunding → refunded
 * exchange:      pending → awaiting_return → returning → exchanged
 * any:           pending → rejected
 */
import { AFTER_SALE_STATES, type AfterSaleKind, type AfterSaleState } from '../../contracts/aftersale'
import { defineMachine } from './machine'

export const afterSaleMachine = defineMachine({
  name: 'afterSale',
  states: AFTER_SALE_STATES,
  initial: ['pending'],
  terminal: ['refunded', 'exchanged', 'rejected'],
  events: {
    approveRefund: { from: ['pending'], to: 'refunding' },
    approveReturn: { from: ['pending'], to: 'awaiting_return' },
    reject: { from: ['pending'], to: 'rejected' },
    submitWaybill: { from: ['awaiting_return'], to: 'returning' },
    confirmReturn: { from: ['awaiting_return', 'returning'], to: 'refunding' },
    confirmExchange: { from: ['awaiting_return', 'returning'], to: 'exchanged' },
    refundSettled: { from: ['refunding'], to: 'refunded' },
  },
})

export type AfterSaleEvent = keyof typeof afterSaleMachine.events

/** Open means the order is still parked in after_sale for it. */
export const isOpenAfterSale = (state: AfterSaleState) => !afterSaleMachine.terminal.includes(state)

/** The approval event a kind takes: money at once for refund_only, else wait for the parcel. */
export const approvalEvent = (kind: AfterSaleKind): AfterSaleEvent => (kind === 'refund_only' ? 'approveRefund' : 'approveReturn')

/** The event that ends a returned parcel's after-sale. */
export const returnEvent = (kind: AfterSaleKind): AfterSaleEvent => (kind === 'exchange' ? 'confirmExchange' : 'confirmReturn')
