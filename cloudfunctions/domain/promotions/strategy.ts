/**
 * Promotions are data made of small declared strategies (the shape of Vendure's promotion conditions and
 * actions): each condition and action is a tiny file with a `code`, zod-typed `args` and `check` / `apply`.
 * A promotion stored by the merchant names them by code with their arguments; the engine (engine.ts)
 * validates the arguments with the strategy's schema and runs them. Pure: no I/O, integer fen.
 */
import type { z } from 'zod'
import type { Reason } from '../../contracts/common'
import type { MemberPricing } from '../membership/member-pricing'

type Fen = number

/** A goods line as the strategies see it: its amount after item-level prices (campaign / member). */
export interface PromoLine {
  skuId: string
  productId: string
  categoryId: string
  tags: readonly string[]
  quantity: number
  /** List unit price × quantity. */
  listAmount: Fen
  /** What the line costs at this point of the quote. */
  net: Fen
  /** Already a flash / group price: no campaign or member price on top. */
  special: boolean
}

export interface PromoContext {
  member: MemberPricing
  now: number
  /** Lines the promotion may touch (its scope condition narrowed them; all lines without one). */
  lines: readonly PromoLine[]
}

export interface ConditionStrategy<A = unknown> {
  code: string
  args: z.ZodType<A>
  /** Scope conditions narrow the lines instead of passing or failing the whole cart. */
  narrows?: (line: PromoLine, args: A) => boolean
  check: (ctx: PromoContext, args: A) => boolean
}

/** Item-level: a per-line price (campaign price). Order-level: one discount spread over the lines. */
export type ActionResult =
  | { level: 'item'; perLine: Map<string, Fen>; capFen?: Fen; reason: Reason }
  | { level: 'order'; discount: Fen; reason: Reason }
  | { level: 'shipping' }

export interface ActionStrategy<A = unknown> {
  code: string
  args: z.ZodType<A>
  /** `conditions` are the promotion's own (validated) conditions, for wording the reason (满300减30). */
  apply: (ctx: PromoContext, args: A, conditions: readonly { code: string; args: unknown }[]) => ActionResult | null
}

export const sumNet = (lines: readonly PromoLine[]): Fen => lines.reduce((n, l) => n + l.net, 0)
export const sumQuantity = (lines: readonly PromoLine[]): number => lines.reduce((n, l) => n + l.quantity, 0)

/** Percent as the 折 people say: 95 → '9.5', 80 → '8', 88 → '8.8'. */
export function zheOf(percent: number): string {
  return String(percent / 10)
}

export function defineCondition<A>(s: ConditionStrategy<A>): ConditionStrategy<A> {
  return s
}
export function defineAction<A>(s: ActionStrategy<A>): ActionStrategy<A> {
  return s
}
