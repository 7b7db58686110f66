/** Flash-sale and group-buy helpers for the integration tests (and the bench). */
import type { Product } from '../../../cloudfunctions/contracts/catalog'
import type { FlashSaleAdmin, GroupOfferAdmin } from '../../../cloudfunctions/contracts/specials'
import type { TestCloud } from '../../kit/test-cloud'
import { expectOk, OWNER } from '../../kit/test-cloud'

export async function createFlashSale(t: TestCloud, product: Product, opts: { quantity: number; price?: number; limit?: number; startAt?: number; endAt?: number; sku?: number }) {
  const now = Date.now()
  return expectOk(
    await t.call<FlashSaleAdmin>('admin', 'flashSales.save', {
      name: '整点秒杀',
      productId: product._id,
      skuId: product.skus[opts.sku ?? 0].skuId,
      price: opts.price ?? 990,
      quantity: opts.quantity,
      perShopperLimit: opts.limit ?? 1,
      startAt: opts.startAt ?? now - 60_000,
      endAt: opts.endAt ?? now + 3_600_000,
    }, OWNER),
  )
}

export async function createGroupOffer(t: TestCloud, product: Product, opts: { size?: number; hours?: number; price?: number } = {}) {
  const now = Date.now()
  return expectOk(
    await t.call<GroupOfferAdmin>('admin', 'groupOffers.save', {
      name: '两人拼',
      productId: product._id,
      skuId: product.skus[0].skuId,
      price: opts.price ?? 5000,
      groupSize: opts.size ?? 2,
      hours: opts.hours ?? 24,
      startAt: now - 60_000,
      endAt: now + 7 * 86_400_000,
    }, OWNER),
  )
}

/** Saves one address for each shopper, a few at a time; returns address ids by openid. */
export async function addressesFor(t: TestCloud, openids: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (let i = 0; i < openids.length; i += 50) {
    await Promise.all(
      openids.slice(i, i + 50).map(async (openid) => {
        const a = expectOk(
          await t.call<{ _id: string }>('shop', 'address.save', { name: '林小晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' }, openid),
        )
        ids.set(openid, a._id)
      }),
    )
  }
  return ids
}

export const bucketsLeft = (t: TestCloud, saleId: string) =>
  (t.cloud.store.collection('flash_stock').find({ saleId }) as { remaining: number }[]).reduce((n, b) => n + b.remaining, 0)
