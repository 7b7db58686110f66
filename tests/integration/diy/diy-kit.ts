/** DIY components on a test cloud, a standard design, and the stock invariant per component. */
import type { DiyComponent, DiyDesign } from '../../../cloudfunctions/contracts/diy'
import type { OrderCreateOutput } from '../../../cloudfunctions/contracts/order'
import type { OrderRecord } from '../../../cloudfunctions/services/order/order-record'
import { heldUnits } from '../model/invariants'
import type { StoredOrder } from '../model/shop-world'
import type { TestCloud } from '../../kit/test-cloud'
import { newRequestId } from '../orders/orders-kit'

let seq = 0

export interface Kit {
  base: DiyComponent
  accent: DiyComponent
  spacer: DiyComponent
  charm: DiyComponent
  all: DiyComponent[]
  start: Map<string, number>
}

export function putComponents(t: TestCloud, stock: Partial<Record<'base' | 'accent' | 'spacer' | 'charm', number>> = {}): Kit {
  const tag = `${++seq}${Math.random().toString(36).slice(2, 6)}`
  const make = (kind: DiyComponent['kind'], price: number, beadMm: number, extra: Partial<DiyComponent> = {}): DiyComponent => ({
    _id: `dc-${kind}-${tag}`,
    kind,
    name: `${kind} ${tag}`,
    material: kind === 'spacer' ? '925 银' : '紫水晶',
    beadMm,
    price,
    stock: stock[kind as 'base'] ?? 100,
    sold: 0,
    status: 'on',
    color: '#8e5bb5',
    fitsBeadMm: kind === 'charm' ? [8] : [],
    sort: 0,
    version: 1,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  })
  const kit = { base: make('base', 600, 8), accent: make('accent', 1530, 8), spacer: make('spacer', 299, 3), charm: make('charm', 2800, 12) }
  const all = [kit.base, kit.accent, kit.spacer, kit.charm]
  for (const c of all) t.cloud.store.collection('diy_components').insert(c as never)
  return { ...kit, all, start: new Map(all.map((c) => [c._id, c.stock])) }
}

/** 18 base + 2 accent + 2 spacers on the ring, with the charm: 166 mm, comfortable on a 150 mm wrist. */
export function designOf(k: Kit, wristMm = 150): DiyDesign {
  const beads = [...Array(9).fill(k.base._id), k.spacer._id, k.accent._id, ...Array(9).fill(k.base._id), k.spacer._id, k.accent._id]
  return { beads, charmId: k.charm._id, wristMm }
}

/** Price of designOf: 18 × 600 + 2 × 1530 + 2 × 299 + 2800. */
export const DESIGN_TOTAL = 18 * 600 + 2 * 1530 + 2 * 299 + 2800
export const DESIGN_UNITS = (k: Kit) => new Map([[k.base._id, 18], [k.accent._id, 2], [k.spacer._id, 2], [k.charm._id, 1]])

export function componentNow(t: TestCloud, id: string): DiyComponent {
  return t.cloud.store.collection('diy_components').get(id) as unknown as DiyComponent
}

export function orderDiy(t: TestCloud, openid: string, addressId: string, design: DiyDesign, clientRequestId = newRequestId()) {
  return t.call<OrderCreateOutput>('shop', 'order.create', { clientRequestId, source: { diy: design }, addressId }, openid)
}

/**
 * Per component: stock + units held by live orders = start, and sold = held. Units held come from
 * the model's heldUnits (bracelets per DIY line, after cancels and after-sales) × the line's components.
 */
export function componentProblems(t: TestCloud, k: Kit): string[] {
  const orders = t.cloud.store.collection('orders').find({}) as unknown as (StoredOrder & OrderRecord)[]
  const held = new Map<string, number>()
  for (const o of orders) {
    const bracelets = heldUnits(o)
    for (const item of o.items) {
      if (!item.diy) continue
      const n = bracelets.get(item.skuId) ?? 0
      for (const c of item.diy.components) held.set(c.componentId, (held.get(c.componentId) ?? 0) + n * c.quantity)
    }
  }
  const problems: string[] = []
  for (const c of k.all) {
    const now = componentNow(t, c._id)
    const h = held.get(c._id) ?? 0
    if (now.stock + h !== k.start.get(c._id)) problems.push(`${c.kind}: stock ${now.stock} + held ${h} ≠ ${k.start.get(c._id)}`)
    if (now.sold !== h) problems.push(`${c.kind}: sold ${now.sold} ≠ held ${h}`)
    if (now.stock < 0) problems.push(`${c.kind}: negative stock ${now.stock}`)
  }
  return problems
}
