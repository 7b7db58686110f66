/**
 * Orders, refunds and members written straight into the local store (no checkout): the dashboard, the
 * export and the bench need thousands of paid orders over 30 days, which 10 000 checkouts would take
 * minutes to make. Shapes follow the stored records (OrderRecord, RefundRecord, members) as far as the
 * console reads them.
 */
import type { Store } from '../../local-cloud/store/sqlite-store'

export interface FixtureOrderLine {
  productId: string
  title: string
  paidShare: number
  quantity: number
}

export interface FixtureOrder {
  _id: string
  orderNo: string
  paidAt: number
  payable: number
  state: string
  items: FixtureOrderLine[]
}

const names = ['林小晶', '张三', 'Smith, "Jo"', '=cmd']

/** `count` paid orders spread over [from, to), deterministic from `seed`; written in one store transaction. */
export function seedPaidOrders(store: Store, opts: { count: number; from: number; to: number; products: { _id: string; title: string }[]; seed?: number; state?: string }): FixtureOrder[] {
  let x = opts.seed ?? 7
  const rnd = () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648
    return x / 2_147_483_648
  }
  const made: FixtureOrder[] = []
  const writes = []
  for (let i = 0; i < opts.count; i++) {
    const paidAt = Math.floor(opts.from + rnd() * (opts.to - opts.from))
    const lines = 1 + Math.floor(rnd() * 3)
    const items = Array.from({ length: lines }, () => {
      const p = opts.products[Math.floor(rnd() * opts.products.length)]
      const quantity = 1 + Math.floor(rnd() * 2)
      const unitPrice = 1_000 + Math.floor(rnd() * 50_000)
      const subtotal = unitPrice * quantity
      const paidShare = subtotal - Math.floor(rnd() * 500)
      return { productId: p._id, skuId: `${p._id}-s0`, title: p.title, skuName: '8mm', cover: '', unitPrice, quantity, subtotal, paidShare, discountShare: subtotal - paidShare, refundedQuantity: 0, refundedAmount: 0 }
    })
    const payable = items.reduce((n, l) => n + l.paidShare, 0)
    const _id = `fx${opts.seed ?? 7}-${i}`
    const orderNo = String(20_260_000_000_000_000_000n + BigInt((opts.seed ?? 7) * 1_000_000 + i))
    const doc = {
      _id,
      orderNo,
      openid: `fixture-buyer-${i % 50}`,
      clientRequestId: _id,
      state: opts.state ?? 'completed',
      items,
      lines: [],
      goodsTotal: payable,
      discountTotal: 0,
      shippingFee: 0,
      payable,
      address: { name: names[i % names.length], phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' },
      remark: '',
      stateLog: [],
      payDeadline: paidAt,
      createdAt: paidAt - 60_000,
      updatedAt: paidAt,
      paidAt,
      shippedAt: null,
      deliveredAt: null,
      completedAt: null,
      cancelledAt: null,
      cancelReason: null,
      refundedAmount: 0,
      payAttempts: 1,
      paidOutTradeNo: null,
      transactionId: null,
      payerOpenid: null,
      shipments: [],
      afterSaleResume: null,
      openAfterSaleId: null,
      afterSales: [],
      hasAfterSale: false,
      shippingInfoUpload: null,
    }
    writes.push({ collection: 'orders', id: _id, doc })
    made.push({ _id, orderNo, paidAt, payable, state: doc.state, items: items.map((l) => ({ productId: l.productId, title: l.title, paidShare: l.paidShare, quantity: l.quantity })) })
  }
  store.write(writes)
  return made
}

/** Products with one SKU each, in one store transaction; `stock(i)` picks each SKU's stock. */
export function seedProducts(store: Store, count: number, stock: (i: number) => number, prefix = 'bp'): { _id: string; title: string }[] {
  const writes = []
  const made = []
  for (let i = 0; i < count; i++) {
    const _id = `${prefix}${i}`
    const title = `紫水晶 ${i}`
    const s = stock(i)
    writes.push({
      collection: 'products',
      id: _id,
      doc: { _id, title, description: '', categoryId: i % 2 ? 'amethyst' : 'rose', tags: [], media: { images: [] }, attrs: { material: '紫水晶', origin: '巴西' }, skus: [{ skuId: `${_id}-s0`, name: '8mm', price: 1000, stock: s, sold: 0 }], priceFrom: 1000, stock: s, sold: 0, unique: false, status: 'on', createdAt: i, updatedAt: i },
    })
    made.push({ _id, title })
  }
  store.write(writes)
  return made
}
