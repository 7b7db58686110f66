/**
 * An after-sale request (stored inside its order):
 * refund_only:   pending → refunding → refunded
 * return_refund: pending → awaiting_return → returning → refunding → refunded
 * exchange:      pending → awaiting_return → returning → exchanged
 * any:           pending → rejected
 * timers (cron, system actor; domain/aftersale-timers.ts): autoApprove* at the approval deadline,
 *   returnExpired when no parcel was sent in time (→ closed), autoConfirmReturn when a returned parcel
 *   was not confirmed in time. An exchange's parcel is never confirmed automatically (a replacement needs a person).
 */
import { AFTER_SALE_STATES, type AfterSaleKind, type AfterSaleState } from '../../contracts/aftersale'
import { defineMachine } from './machine'

export const afterSaleMachine = defineMachine({
  name: 'afterSale',
  states: AFTER_SALE_STATES,
  initial: ['pending'],
  terminal: ['refunded', 'exchanged', 'rejected', 'closed'],
  events: {
    approveRefund: { from: ['pending'], to: 'refunding' },
    approveReturn: { from: ['pending'], to: 'awaiting_return' },
    reject: { from: ['pending'], to: 'rejected' },
    submitWaybill: { from: ['awaiting_return'], to: 'returning' },
    confirmReturn: { from: ['awaiting_return', 'returning'], to: 'refunding' },
    confirmExchange: { from: ['awaiting_return', 'returning'], to: 'exchanged' },
    refundSettled: { from: ['refunding'], to: 'refunded' },
    autoApproveRefund: { from: ['pending'], to: 'refunding' },
    autoApproveReturn: { from: ['pending'], to: 'awaiting_return' },
    returnExpired: { from: ['awaiting_return'], to: 'closed' },
    autoConfirmReturn: { from: ['returning'], to: 'refunding' },
  },
})

export type AfterSaleEvent = keyof typeof afterSaleMachine.events

/** Open means the order is still parked in after_sale for it. */
export const isOpenAfterSale = (state: AfterSaleState) => !afterSaleMachine.terminal.includes(state)

/** The approval event a kind takes: money at once for refund_only, else wait for the parcel. */
export const approvalEvent = (kind: AfterSaleKind): AfterSaleEvent => (kind === 'refund_only' ? 'approveRefund' : 'approveReturn')

/** The event that ends a returned parcel's after-sale. */
export const returnEvent = (kind: AfterSaleKind): AfterSaleEvent => (kind === 'exchange' ? 'confirmExchange' : 'confirmReturn')

/** The approval event a kind takes when its deadline passes unanswered. */
export const autoApprovalEvent = (kind: AfterSaleKind): AfterSaleEvent => (kind === 'refund_only' ? 'autoApproveRefund' : 'autoApproveReturn')
