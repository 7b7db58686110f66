import { describe, expect, it } from 'vitest'
import type { OrderItem } from '../../../../cloudfunctions/contracts/order'
import { AfterSaleRequestInput } from '../../../../cloudfunctions/contracts/aftersale'
import { afterSaleFormProblem, chosenLines, remainingQuantity, setLineQuantity, toggleLine } from '../../../../src/packages/order/aftersale/selection'

function item(overrides: Partial<OrderItem>): OrderItem {
  return {
    productId: 'p1',
    skuId: 's1',
    title: '白水晶球',
    skuName: '60mm',
    cover: '/x.svg',
    unitPrice: 5000,
    quantity: 3,
    subtotal: 15_000,
    paidShare: 14_000,
    refundedQuantity: 0,
    refundedAmount: 0,
    ...overrides,
  }
}

describe('after-sale request form', () => {
  it('selects all remaining units of a line by default and unselects on a second tap', () => {
    const line = item({ refundedQuantity: 1 })
    const chosen = toggleLine({}, line)
    expect(chosen).toEqual({ s1: 2 })
    expect(toggleLine(chosen, line)).toEqual({})
  })

  it('cannot choose a fully refunded line or more units than are left', () => {
    expect(remainingQuantity(item({ refundedQuantity: 3 }))).toBe(0)
    expect(toggleLine({}, item({ refundedQuantity: 3 }))).toEqual({})
    expect(setLineQuantity({ s1: 1 }, item({}), 9)).toEqual({ s1: 3 })
    expect(setLineQuantity({ s1: 2 }, item({}), 0)).toEqual({ s1: 1 })
  })

  it('needs at least one line and a reason, and then sends what the contract accepts', () => {
    expect(afterSaleFormProblem({}, '坏了')).toBe('afterSale.problem.noLines')
    expect(afterSaleFormProblem({ s1: 1 }, '  ')).toBe('afterSale.problem.noReason')
    expect(afterSaleFormProblem({ s1: 1 }, '坏了')).toBeNull()
    const input = { orderId: 'o1', kind: 'refund_only' as const, lines: chosenLines({ s1: 1 }), reason: '坏了', photos: [] }
    expect(AfterSaleRequestInput.safeParse(input).success).toBe(true)
  })
})
