// These modules belong to subpackage pages, which register every area's text when they load.
import '../../../../src/i18n/all-messages'
import { describe, expect, it } from 'vitest'
import { OrderCreateInput } from '../../../../cloudfunctions/contracts/order'
import { CheckoutSource } from '../../../../cloudfunctions/contracts/checkout'
import { newClientRequestId } from '../../../../src/packages/order/_shared/client-request-id'
import { describeCreateError, soldOutTitle } from '../../../../src/packages/order/_shared/order-errors'
import { checkoutSourceFromQuery } from '../../../../src/packages/order/checkout/source'
import { payPhase } from '../../../../src/packages/order/pay-result/phase'

describe('checkout', () => {
  it('makes client request ids the server accepts, different on every visit', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newClientRequestId()))
    expect(ids.size).toBe(200)
    for (const id of ids) {
      const parsed = OrderCreateInput.safeParse({ clientRequestId: id, source: { fromCart: true }, addressId: 'a1' })
      expect(parsed.success, id).toBe(true)
    }
  })

  it('reads the page query into a checkout source the server accepts', () => {
    expect(checkoutSourceFromQuery({ from: 'cart' })).toEqual({ fromCart: true })
    const buyNow = checkoutSourceFromQuery({ from: 'buyNow', productId: 'p1', skuId: 's1', quantity: '2' })
    expect(buyNow).toEqual({ buyNow: { productId: 'p1', skuId: 's1', quantity: 2 } })
    expect(CheckoutSource.safeParse(buyNow).success).toBe(true)
  })

  it('refuses a broken buy-now link instead of quoting something else', () => {
    expect(checkoutSourceFromQuery({ from: 'buyNow', productId: 'p1' })).toBeNull()
    expect(checkoutSourceFromQuery({ from: 'buyNow', productId: 'p1', skuId: 's1', quantity: '0' })).toBeNull()
    expect(checkoutSourceFromQuery({ from: 'somewhere' })).toBeNull()
  })

  it('names the sold-out item when the server says which one', () => {
    const error = { code: 'SOLD_OUT' as const, message: '库存不足 / sold out', details: { productId: 'p1', skuId: 's1', title: '天然紫水晶原石' } }
    expect(soldOutTitle(error)).toBe('天然紫水晶原石')
    expect(describeCreateError(error, 'zh-CN')).toContain('「天然紫水晶原石」')
    expect(describeCreateError(error, 'en')).toContain('天然紫水晶原石')
  })

  it('falls back to the server message, in the shopper’s language, when a sold-out error names nothing', () => {
    expect(describeCreateError({ code: 'SOLD_OUT', message: '库存不足 / sold out' }, 'zh-CN')).toBe('库存不足')
    expect(describeCreateError({ code: 'SOLD_OUT', message: '库存不足 / sold out' }, 'en')).toBe('sold out')
  })

  it('tells a shopper on a flaky network that retrying is safe', () => {
    expect(describeCreateError({ code: 'NETWORK', message: '网络异常 / network' }, 'zh-CN')).toMatch(/不会重复下单/)
    expect(describeCreateError({ code: 'NETWORK', message: '网络异常 / network' }, 'en')).toMatch(/will not place a second order/)
  })

  it('treats only server-confirmed states as paid on the result page', () => {
    expect(payPhase('pending_payment')).toBe('waiting')
    expect(payPhase('paid')).toBe('paid')
    expect(payPhase('shipped')).toBe('paid')
    expect(payPhase('cancelled')).toBe('closed')
  })
})
