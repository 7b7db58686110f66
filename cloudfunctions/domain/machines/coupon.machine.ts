/**
 * A claimed coupon: available → locked by an unpaid order → used when it is paid; a cancel or timeout
 * gives it back (released). Past its expiry an available coupon counts as expired (read lazily: quotes
 * never offer it, the coupon centre shows it under 已过期); `expire` records that when a released
 * coupon comes back after its expiry.
 */
import { defineMachine } from './machine'

export const COUPON_STATES = ['available', 'locked', 'used', 'expired'] as const
export type CouponState = (typeof COUPON_STATES)[number]

export const couponMachine = defineMachine({
  name: 'coupon',
  states: COUPON_STATES,
  initial: ['available'],
  terminal: ['used', 'expired'],
  events: {
    lock: { from: ['available'], to: 'locked' },
    release: { from: ['locked'], to: 'available' },
    use: { from: ['locked'], to: 'used' },
    expire: { from: ['available', 'locked'], to: 'expired' },
  },
})
export type CouponEvent = keyof typeof couponMachine.events
