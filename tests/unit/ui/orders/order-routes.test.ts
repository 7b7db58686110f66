import { describe, expect, it } from 'vitest'
import { allPages, routes } from '../../../../src/routes'

describe('order and merchant routes', () => {
  it('every cart, order, address and merchant link points at a page in the route map', () => {
    const pages = new Set<string>(allPages())
    const urls = [
      routes.orderDetail('o1'),
      routes.checkoutFromCart(),
      routes.checkoutBuyNow('p1', 's1', 2),
      routes.payResult('o1'),
      routes.afterSaleRequest('o1'),
      routes.addressList(true),
      routes.addressEdit('a1'),
      routes.adminOrders(),
      routes.adminOrderDetail('o1'),
      routes.adminAfterSales(),
      routes.adminPayments(),
    ]
    for (const url of urls) expect(pages.has(url.slice(1).split('?')[0]), url).toBe(true)
  })

  it('keeps checkout and the order pages out of the main package', () => {
    for (const page of allPages().filter((p) => /order|checkout|address|admin/.test(p))) expect(page.startsWith('packages/'), page).toBe(true)
  })

  it('carries the buy-now item in the checkout link', () => {
    expect(routes.checkoutBuyNow('p1', 's1', 2)).toBe('/packages/order/checkout/index?from=buyNow&productId=p1&skuId=s1&quantity=2')
  })
})
