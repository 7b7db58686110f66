/**
 * The real side of the model-based test: one fresh local cloud per fast-check run with the pay,
 * openapi and carrier fakes, a small catalogue, three shoppers with an address and the merchant.
 *
 * Two things are held back so the model can interleave them with everything else:
 * - the cron clock: `tickAt(ms)` fires the cron function stamped with a moved time (`clock` only moves forward);
 * - WeChat's refund notifications: the pay fake still performs the refund at once, but its notification
 *   to payNotify waits in `heldRefunds` until a RefundCallback command delivers it (WeChat sends it
 *   seconds to days later, and may repeat it).
 */
import type { ActionResult } from '../../../cloudfunctions/core/result'
import type { FunctionName } from '../../../cloudfunctions/functions/manifest'
import { isRefundNotification } from '../../../cloudfunctions/contracts/pay'
import { createLocalFakes, MemoryStateStore, type LocalFakes, type InvokeIdentity } from '../../../local-cloud/fakes'
import { FUNCTIONS_DIR, OWNER, startTestCloud, type TestCloud } from '../../kit/test-cloud'

export { OWNER }

/** The slice of a stored order the model reads (kept local so a service refactor does not break typing). */
export interface StoredItem {
  productId: string
  skuId: string
  unitPrice: number
  quantity: number
  subtotal: number
  paidShare: number
  refundedQuantity: number
  refundedAmount: number
}
export interface StoredAfterSale {
  _id: string
  kind: 'refund_only' | 'return_refund' | 'exchange'
  state: string
  lines: { skuId: string; quantity: number; refundAmount: number }[]
  refundAmount: number
  createdAt: number
  restock?: 'pending' | 'done'
  log?: { state: string; event?: string }[]
}
export interface StoredOrder {
  _id: string
  openid: string
  state: string
  items: StoredItem[]
  lines: { kind: string; amount: number }[]
  goodsTotal: number
  payable: number
  refundedAmount: number
  stateLog: { from: string | null; to: string; event: string; at: number }[]
  afterSales: StoredAfterSale[]
  openAfterSaleId: string | null
  shipments: { purpose: string; shippedAt: number }[]
  stockRelease?: 'pending' | 'done'
  payDeadline: number
  createdAt: number
  deliveredAt: number | null
  paidAt: number | null
  /** The coupon this order locked at create (used at pay, given back on cancel / timeout). */
  couponId?: string | null
}
export interface StoredCoupon {
  _id: string
  openid: string
  status: 'available' | 'locked' | 'used' | 'expired'
  orderId?: string | null
  log: { from: string | null; to: string; event: string; orderId?: string }[]
}
export interface StoredSku {
  skuId: string
  name: string
  price: number
  stock: number
  sold: number
}
export interface StoredProduct {
  _id: string
  title: string
  unique: boolean
  skus: StoredSku[]
  stock: number
  sold: number
  updatedAt: number
}

/** The catalogue every run starts with. `label` is what command strings show. */
export const CATALOGUE = [
  { id: 'piece', title: '孤品 巴西紫晶洞 / one-of-a-kind amethyst geode', unique: true, skus: [{ name: '孤品', price: 128_000, stock: 1 }] },
  { id: 'trio', title: '白水晶手串 / clear quartz bracelet', unique: false, skus: [{ name: '8mm', price: 6_600, stock: 3 }] },
  {
    id: 'duo',
    title: '草莓晶手串 / strawberry quartz bracelet',
    unique: false,
    skus: [
      { name: '6mm', price: 4_990, stock: 2 },
      { name: '10mm', price: 3_330, stock: 2 },
    ],
  },
] as const

/** Every SKU of the catalogue, in a fixed order: the model names SKUs by index into this list. */
export const SKUS = CATALOGUE.flatMap((p) => p.skus.map((s, i) => ({ productId: p.id, skuId: `${p.id}-s${i}`, label: p.skus.length > 1 ? `${p.id}/${s.name}` : p.id, start: s.stock })))

export const SHOPPERS = ['amy', 'bo', 'chen'] as const

interface HeldRefund {
  seq: number
  event: Record<string, unknown>
  identity: InvokeIdentity | undefined
  release: (reply: unknown) => void
  delivered: boolean
}

export class ShopWorld {
  /** Cron's notion of now: only moves forward. */
  clock = Date.now()
  /** Order ids in creation order: the model calls them o1, o2, … */
  readonly orderIds: string[] = []
  /** Product forms the merchant has open (products.get answer), by product id. */
  readonly forms = new Map<string, StoredProduct & Record<string, unknown>>()
  /** Net successful products.adjustStock per SKU id. */
  readonly adjustments = new Map<string, number>()
  readonly heldRefunds: HeldRefund[] = []
  readonly addressIds = new Map<string, string>()
  /** The coupon template shoppers claim from (¥5 off, no threshold, two per shopper). */
  couponTemplateId = ''
  /** A readable trace of what the commands did, printed when an invariant fails. */
  readonly trace: string[] = []
  private refundSeq = 0
  private closing = false

  private constructor(
    readonly t: TestCloud,
    readonly fakes: LocalFakes,
  ) {}

  static async start(): Promise<ShopWorld> {
    const t = await startTestCloud({ seed: false })
    let world: ShopWorld | null = null
    const runtime = {
      invoke: (fn: string, event: unknown, identity?: InvokeIdentity) => {
        if (world && fn === 'payNotify' && isRefundNotification(event)) return world.holdRefund(event as Record<string, unknown>, identity)
        return t.cloud.invoke(fn as FunctionName, event, identity as never)
      },
      setPayHandler: (h: Parameters<typeof t.cloud.setPayHandler>[0]) => t.cloud.setPayHandler(h),
      setOpenApiHandler: (h: Parameters<typeof t.cloud.setOpenApiHandler>[0]) => t.cloud.setOpenApiHandler(h),
    }
    // strictCloseDelay: WeChat's real rule that a prepay cannot be closed in its first 5 minutes, so a
    // cancelled order can still be paid (the "pay late" path).
    const fakes = createLocalFakes({ runtime, dataDir: t.dataDir, functionsDir: FUNCTIONS_DIR, appid: 'wx-local', store: new MemoryStateStore(), strictCloseDelay: true })
    world = new ShopWorld(t, fakes)
    world.seedCatalogue()
    for (const s of SHOPPERS) {
      const r = await world.call<{ _id: string }>('shop', 'address.save', { name: '林小晶', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' }, s)
      if (!r.ok) throw new Error(`address.save for ${s}: ${r.error.code} ${r.error.message}`)
      world.addressIds.set(s, r.data._id)
    }
    const now = Date.now()
    const tpl = await world.call<{ _id: string }>('admin', 'promotions.saveTemplate', {
      name: '模型券',
      benefit: { kind: 'amountOff', amountOffFen: 500 },
      thresholdFen: 0,
      scope: { kind: 'all' },
      validity: { kind: 'afterClaim', days: 30 },
      perUserLimit: 2,
      totalQuantity: 0,
      claimable: true,
      startAt: now - 86_400_000,
      endAt: now + 30 * 86_400_000,
    }, OWNER)
    if (!tpl.ok) throw new Error(`promotions.saveTemplate: ${tpl.error.code} ${tpl.error.message}`)
    world.couponTemplateId = tpl.data._id
    return world
  }

  private seedCatalogue(): void {
    const store = this.t.cloud.store
    store.collection('categories').set('amethyst', { name: '紫水晶', nameEn: 'Amethyst', icon: '', sort: 1 })
    for (const p of CATALOGUE) {
      const skus = p.skus.map((s, i) => ({ skuId: `${p.id}-s${i}`, name: s.name, price: s.price, stock: s.stock, sold: 0 }))
      store.collection('products').set(p.id, {
        title: p.title,
        subtitle: '',
        description: '',
        categoryId: 'amethyst',
        tags: [],
        media: { images: [`/files/${p.id}.svg`] },
        attrs: { material: '水晶', origin: '巴西' },
        skus,
        priceFrom: Math.min(...skus.map((s) => s.price)),
        stock: skus.reduce((n, s) => n + s.stock, 0),
        sold: 0,
        unique: p.unique,
        status: 'on',
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
      })
    }
  }

  private holdRefund(event: Record<string, unknown>, identity: InvokeIdentity | undefined): Promise<unknown> {
    if (this.closing) return Promise.resolve(null)
    return new Promise((release) => {
      this.heldRefunds.push({ seq: ++this.refundSeq, event, identity, release, delivered: false })
    })
  }

  /**
   * The pay fake sends a refund's notification on a timer after the refund call returns; wait until
   * every notification it has scheduled is sitting in `heldRefunds` (or done), so the model sees it.
   */
  async notificationsHeld(): Promise<void> {
    const scheduled = (this.fakes.pay as unknown as { pendingCallbacks?: Set<unknown> }).pendingCallbacks
    for (let spin = 0; spin < 200; spin++) {
      const waiting = this.heldRefunds.filter((h) => !h.delivered).length
      if (!scheduled || scheduled.size <= waiting) return
      await new Promise((r) => setTimeout(r, 0))
    }
    throw new Error('the pay fake scheduled refund notifications that never reached payNotify')
  }

  /** WeChat's refund notification reaches payNotify (again, when `repeat`). */
  async deliverRefund(held: HeldRefund): Promise<unknown> {
    const reply = await this.t.cloud.invoke('payNotify', held.event, (held.identity ?? { openid: null, source: 'wx_paycallback' }) as never)
    if (!held.delivered) {
      held.delivered = true
      held.release(reply)
    }
    return reply
  }

  call<T = unknown>(fn: FunctionName, action: string, input: unknown, openid: string | null): Promise<ActionResult<T>> {
    return this.t.call<T>(fn, action, input, openid)
  }

  /** Fires the cron function as WeChat's timer would, stamped at `at` (the clock never goes back). */
  async tickAt(at: number): Promise<{ ok: boolean; data: Record<string, unknown> }> {
    this.clock = Math.max(this.clock, at)
    const Time = new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
    return (await this.t.cloud.invoke('cron', { Type: 'Timer', TriggerName: 'everyMinute', Time }, { openid: null, source: 'wx_trigger' })) as never
  }

  orders(): StoredOrder[] {
    return this.orderIds.map((id) => this.order(id)).filter((o): o is StoredOrder => o !== null)
  }
  order(id: string): StoredOrder | null {
    return (this.t.cloud.store.collection('orders').get(id) as unknown as StoredOrder) ?? null
  }
  product(id: string): StoredProduct {
    return this.t.cloud.store.collection('products').get(id) as unknown as StoredProduct
  }
  orderLabel(id: string): string {
    const o = this.order(id)
    return `o${this.orderIds.indexOf(id) + 1}${o ? `(${o.openid})` : ''}`
  }
  coupons(): StoredCoupon[] {
    return this.docs('coupons') as unknown as StoredCoupon[]
  }
  docs(collection: string): Record<string, unknown>[] {
    return this.t.cloud.store.docs(collection) as Record<string, unknown>[]
  }

  async close(): Promise<void> {
    // Let the pay fake's held notification promises finish without delivering them.
    this.closing = true
    for (const h of this.heldRefunds) if (!h.delivered) h.release(null)
    await this.fakes.pay.settled()
    await this.t.close()
  }
}
