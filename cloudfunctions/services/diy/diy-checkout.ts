/**
 * A DIY bracelet at checkout: the loader checkout-quote calls for a `{ diy }` source (check the design
 * against the rules and the stock, price it as ONE goods line through the promotions engine), the
 * builder's live quote, and the step order create runs to reserve the components. A normal checkout
 * never reaches this file and pays no request for it.
 *
 * Requests: the shopper aggregate (member, coupons, pricing config — as a buy-now), the components the
 * design names, the rules: three, read together.
 */
import type { DiyDesign, DiyOrderPart, DiyQuote } from '../../contracts/diy'
import type { QuoteItem } from '../../contracts/checkout'
import { AppError } from '../../core/errors'
import { checkDesign, diyPromoItem, DIY_PRODUCT_ID, type DesignCheck } from '../../domain/crystal/diy/design'
import { loadShopperState, priceForShopper, type PricingChoice, type ShopperState } from '../promotion/checkout-pricing'
import type { WorkflowStep } from '../workflow/run-workflow'
import { loadComponents, loadRules } from './diy-record'
import { releaseDiyUnits, takeDiyUnits, type DiyUnits } from './diy-stock'

export interface DiyPurchase {
  check: DesignCheck
  part: DiyOrderPart
}

type DiyLine = QuoteItem & { skuIndex: number; categoryId: string; tags: string[] }

export interface DiyGoods {
  items: DiyLine[]
  fromCart: false
  shopper: ShopperState
  diy: DiyPurchase
}

/** The wrist the fit is judged on: the member's saved size, else what the shopper typed on the builder. */
function wristOf(shopper: ShopperState, typed: number | undefined): { mm: number; from: 'saved' | 'typed' } | null {
  const saved = (shopper.member as { wristMm?: unknown } | null)?.wristMm
  if (typeof saved === 'number' && Number.isInteger(saved) && saved > 0) return { mm: saved, from: 'saved' }
  return typed ? { mm: typed, from: 'typed' } : null
}

export async function resolveDiyGoods(openid: string, design: DiyDesign, now: number): Promise<DiyGoods> {
  const ids = [...design.beads, ...(design.charmId ? [design.charmId] : [])]
  const [shopper, byId, rules] = await Promise.all([loadShopperState(openid, false, now), loadComponents(ids), loadRules()])
  const check = checkDesign(design, byId, rules, wristOf(shopper, design.wristMm))
  const base = check.components.find((c) => c.kind === 'base') ?? check.components[0]
  const item = diyPromoItem(design, base?.name ?? '', check.goodsTotal, rules, check.components.map((c) => c.material))
  const soldOut = check.problems.some((p) => p.key === 'error.diy.soldOut' || p.key === 'error.diy.stockShort')
  const line: DiyLine = {
    ...item,
    tags: [...item.tags],
    cover: '',
    stock: soldOut ? 0 : 1,
    valid: check.problems.length === 0,
    ...(check.problems.length ? { invalidReason: soldOut ? ('sold_out' as const) : ('unlisted' as const) } : {}),
    skuIndex: -1,
  }
  const part: DiyOrderPart = {
    beads: [...design.beads],
    charmId: design.charmId ?? null,
    beadMm: check.beadMm ?? 0,
    wristMm: check.fit?.wristMm ?? null,
    components: check.components.map(({ stock: _s, enough: _e, ...c }) => c),
  }
  return { items: [line], fromCart: false, shopper, diy: { check, part } }
}

/** order.create: a design that breaks a rule or lacks stock stops here with the first reason. */
export function assertDiyOrderable(diy: DiyPurchase): void {
  const first = diy.check.problems[0]
  if (!first) return
  const code = first.key === 'error.diy.soldOut' || first.key === 'error.diy.stockShort' ? 'SOLD_OUT' : first.key === 'error.diy.componentOff' ? 'CONFLICT' : 'INVALID_INPUT'
  throw new AppError(code, first.key, first.params ?? {}, { problems: diy.check.problems.map((p) => p.key).join(',') })
}

export const isDiyLine = (line: { productId: string }) => line.productId === DIY_PRODUCT_ID

/** The builder's live quote: the design checked and priced exactly as order.create will. */
export async function diyQuote(openid: string, design: DiyDesign, now: number, choice: PricingChoice = { couponChoice: 'best', usePoints: 0 }): Promise<DiyQuote> {
  const goods = await resolveDiyGoods(openid, design, now)
  const { check } = goods.diy
  const priced = priceForShopper(goods.items, goods.shopper, choice, now)
  return {
    components: check.components,
    goodsTotal: check.goodsTotal,
    lines: priced.lines,
    discountTotal: priced.discountTotal,
    shippingFee: priced.shippingFee,
    payable: priced.payable,
    allocation: priced.allocation,
    beadMm: check.beadMm,
    fit: check.fit,
    problems: check.problems,
    canOrder: check.problems.length === 0,
  }
}

export interface DiyStepContext {
  now: number
  goods: { diy?: DiyPurchase }
}

/** Contexts whose reserve step took the units (so its undo gives back exactly those). */
const takenHere = new WeakMap<object, DiyUnits[]>()

/** DIY only: take every component's units ↔ give them back (fault checkpoint `order.diyReserved`). */
export function diySteps<C extends DiyStepContext>(): WorkflowStep<C>[] {
  return [
    {
      name: 'reserveDiyComponents',
      done: 'order.diyReserved',
      run: async (ctx) => {
        const diy = ctx.goods.diy
        if (!diy) return
        const units = diy.part.components.map((c) => ({ componentId: c.componentId, name: c.name, quantity: c.quantity }))
        takenHere.set(ctx, await takeDiyUnits(units, ctx.now))
      },
      compensate: async (ctx) => {
        const taken = takenHere.get(ctx)
        if (taken) await releaseDiyUnits(taken, ctx.now)
        takenHere.delete(ctx)
      },
    },
  ]
}
