import { describe, expect, it } from 'vitest'
import type { CartLine, CartView } from '../../../../cloudfunctions/contracts/cart'
import { badgeText, buyableLines, checkoutBlockedReason, invalidLines, isAllSelected } from '../../../../src/state/cart'

function line(overrides: Partial<CartLine>): CartLine {
  return {
    lineId: 'l1',
    productId: 'p1',
    skuId: 's1',
    title: '紫水晶手串',
    skuName: '8mm',
    cover: '/x.svg',
    unitPrice: 12_800,
    quantity: 1,
    selected: true,
    stock: 3,
    valid: true,
    addedAt: 1,
    ...overrides,
  }
}

function view(lines: CartLine[], selectedCount = lines.filter((l) => l.valid && l.selected).length): CartView {
  return { lines, badgeCount: 0, selectedCount, selectedGoodsTotal: 0 }
}

describe('cart page rules', () => {
  it('keeps sold-out and unlisted lines out of the buyable set but visible as invalid', () => {
    const lines = [line({ lineId: 'a' }), line({ lineId: 'b', valid: false, invalidReason: 'sold_out' })]
    expect(buyableLines(lines).map((l) => l.lineId)).toEqual(['a'])
    expect(invalidLines(lines).map((l) => l.lineId)).toEqual(['b'])
  })

  it('ticks 全选 only when every buyable line is selected, ignoring invalid ones', () => {
    expect(isAllSelected([line({ lineId: 'a' }), line({ lineId: 'b', valid: false, selected: false })])).toBe(true)
    expect(isAllSelected([line({ lineId: 'a' }), line({ lineId: 'b', selected: false })])).toBe(false)
    expect(isAllSelected([line({ valid: false })])).toBe(false)
    expect(isAllSelected([])).toBe(false)
  })

  it('says why checkout cannot start: nothing buyable, or nothing selected', () => {
    expect(checkoutBlockedReason(view([line({ valid: false, invalidReason: 'unlisted' })]))).toBe('cart.problem.nothingBuyable')
    expect(checkoutBlockedReason(view([line({ selected: false })]))).toBe('cart.problem.nothingSelected')
    expect(checkoutBlockedReason(view([line({})]))).toBeNull()
  })

  it('shows the tab badge as a count, 99+ beyond two digits, and removes it at zero', () => {
    expect(badgeText(0)).toBeNull()
    expect(badgeText(3)).toBe('3')
    expect(badgeText(99)).toBe('99')
    expect(badgeText(100)).toBe('99+')
  })
})
