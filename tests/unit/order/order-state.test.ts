import { describe, expect, it } from 'vitest'
import type { OrderState } from '../../../cloudfunctions/contracts/order'
import { allowedEvents, canTransition, type OrderEvent } from '../../../cloudfunctions/domain/order-state'

const ALLOWED: [OrderState, OrderEvent, OrderState][] = [
  ['pending_payment', 'pay', 'paid'],
  ['pending_payment', 'cancel', 'cancelled'],
  ['pending_payment', 'timeout', 'cancelled'],
  ['paid', 'ship', 'shipped'],
  ['shipped', 'deliver', 'delivered'],
  ['shipped', 'confirmReceipt', 'completed'],
  ['delivered', 'confirmReceipt', 'completed'],
  ['delivered', 'autoComplete', 'completed'],
  ['paid', 'requestAfterSale', 'after_sale'],
  ['shipped', 'requestAfterSale', 'after_sale'],
  ['delivered', 'requestAfterSale', 'after_sale'],
  ['completed', 'requestAfterSale', 'after_sale'],
  ['after_sale', 'refundAll', 'refunded'],
]

const REFUSED: [OrderState, OrderEvent][] = [
  ['paid', 'pay'],
  ['cancelled', 'pay'],
  ['paid', 'cancel'],
  ['shipped', 'cancel'],
  ['pending_payment', 'ship'],
  ['cancelled', 'ship'],
  ['after_sale', 'ship'],
  ['paid', 'confirmReceipt'],
  ['shipped', 'autoComplete'],
  ['pending_payment', 'requestAfterSale'],
  ['cancelled', 'requestAfterSale'],
  ['refunded', 'requestAfterSale'],
  ['after_sale', 'requestAfterSale'],
  ['paid', 'refundAll'],
  ['refunded', 'resolveAfterSale'],
]

describe('order state machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, event, to) => {
    expect(canTransition(from, event)).toEqual({ ok: true, to })
  })

  it.each(REFUSED)('%s refuses %s with a bilingual reason naming the current state', (from, event) => {
    const t = canTransition(from, event)
    expect(t.ok).toBe(false)
    if (!t.ok) {
      expect(t.reason).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/)
      expect(t.reason).toContain(from)
    }
  })

  it('an after-sale returns the order to the state it came from, and only to a resumable one', () => {
    expect(canTransition('after_sale', 'resolveAfterSale', 'shipped')).toEqual({ ok: true, to: 'shipped' })
    expect(canTransition('after_sale', 'resolveAfterSale', 'paid')).toEqual({ ok: true, to: 'paid' })
    expect(canTransition('after_sale', 'resolveAfterSale', null).ok).toBe(false)
    expect(canTransition('after_sale', 'resolveAfterSale', 'cancelled').ok).toBe(false)
  })

  it('terminal states allow nothing; paid and cancelled can never both be reached from one another', () => {
    expect(allowedEvents('cancelled')).toEqual([])
    expect(allowedEvents('refunded')).toEqual([])
    expect(canTransition('cancelled', 'pay').ok).toBe(false)
    expect(canTransition('paid', 'timeout').ok).toBe(false)
  })
})
