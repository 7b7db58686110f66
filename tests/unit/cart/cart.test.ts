import { describe, expect, it } from 'vitest'
import type { Product } from '../../../cloudfunctions/contracts/catalog'
import { cappedQuantity } from '../../../cloudfunctions/domain/cart'
import { availability } from '../../../cloudfunctions/domain/stock'

const product = (over: Partial<Product> = {}, stock = 5): Product =>
  ({
    _id: 'p1',
    title: '黄水晶',
    status: 'on',
    skus: [{ skuId: 's1', name: '8mm', price: 100, stock, sold: 0 }],
    ...over,
  }) as Product

describe('cart rules', () => {
  it('caps a wanted quantity at stock and at 99, never below 1', () => {
    expect(cappedQuantity(3, 10)).toBe(3)
    expect(cappedQuantity(30, 10)).toBe(10)
    expect(cappedQuantity(500, 1000)).toBe(99)
    expect(cappedQuantity(0, 10)).toBe(1)
  })

  it('tells why a line cannot be bought', () => {
    expect(availability(product(), 's1', 2)).toMatchObject({ valid: true, index: 0, stock: 5 })
    expect(availability(product({}, 0), 's1', 1)).toMatchObject({ valid: false, reason: 'sold_out' })
    expect(availability(product({}, 1), 's1', 2)).toMatchObject({ valid: false, reason: 'stock_short', stock: 1 })
    expect(availability(product({ status: 'off' }), 's1', 1)).toMatchObject({ valid: false, reason: 'unlisted' })
    expect(availability(product(), 'nope', 1)).toMatchObject({ valid: false, reason: 'unlisted', index: -1 })
    expect(availability(null, 's1', 1)).toMatchObject({ valid: false, reason: 'unlisted' })
  })
})
