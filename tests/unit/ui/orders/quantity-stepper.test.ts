import { describe, expect, it } from 'vitest'
import { canDecrease, canIncrease, clampQuantity, MAX_PER_LINE } from '../../../../src/components/quantity-stepper/clamp'
import { CART_MAX_QUANTITY } from '../../../../cloudfunctions/contracts/cart'

describe('quantity stepper bounds', () => {
  it('never goes below 1 or above the stock', () => {
    expect(clampQuantity(0, 5)).toBe(1)
    expect(clampQuantity(7, 5)).toBe(5)
    expect(clampQuantity(3, 5)).toBe(3)
  })

  it('disables + at the stock and − at 1', () => {
    expect(canIncrease(5, 5)).toBe(false)
    expect(canIncrease(4, 5)).toBe(true)
    expect(canDecrease(1)).toBe(false)
    expect(canDecrease(2)).toBe(true)
  })

  it('a one-of-a-kind piece cannot be stepped past 1', () => {
    expect(canIncrease(1, 1)).toBe(false)
    expect(clampQuantity(2, 1)).toBe(1)
  })

  it('caps at the per-line maximum the server accepts, whatever the stock', () => {
    expect(MAX_PER_LINE).toBe(CART_MAX_QUANTITY)
    expect(clampQuantity(500, 10_000)).toBe(CART_MAX_QUANTITY)
  })

  it('treats garbage as 1 instead of sending NaN', () => {
    expect(clampQuantity(Number.NaN, 5)).toBe(1)
  })
})
