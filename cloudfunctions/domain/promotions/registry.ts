/** Every condition and action by code. A new strategy is one file plus one line here. */
import { z } from 'zod'
import type { ActionStrategy, ConditionStrategy } from './strategy'
import { firstOrder } from './conditions/first-order'
import { memberLevel } from './conditions/member-level'
import { minAmount } from './conditions/min-amount'
import { minQuantity } from './conditions/min-quantity'
import { scope } from './conditions/scope'
import { segment } from './conditions/segment'
import { timeWindow } from './conditions/time-window'
import { amountOff } from './actions/amount-off'
import { fixedPrice } from './actions/fixed-price'
import { freeShipping } from './actions/free-shipping'
import { percentOff } from './actions/percent-off'
import { tiered } from './actions/tiered'

export const CONDITIONS: Record<string, ConditionStrategy<never>> = Object.fromEntries(
  [minAmount, minQuantity, scope, memberLevel, segment, firstOrder, timeWindow].map((s) => [s.code, s as unknown as ConditionStrategy<never>]),
)
export const ACTIONS: Record<string, ActionStrategy<never>> = Object.fromEntries(
  [fixedPrice, percentOff, amountOff, tiered, freeShipping].map((s) => [s.code, s as unknown as ActionStrategy<never>]),
)

export const CONDITION_CODES = Object.keys(CONDITIONS) as [string, ...string[]]
export const ACTION_CODES = Object.keys(ACTIONS) as [string, ...string[]]

/** A strategy reference as stored: its code and arguments, checked against the strategy's own schema. */
export const StrategyRef = z.object({ code: z.string().min(1).max(32), args: z.unknown() }).strict()
export type StrategyRef = z.infer<typeof StrategyRef>

/** Arguments are valid for the named strategy; returns the parsed arguments or null. */
export function parseArgs(kind: 'condition' | 'action', ref: StrategyRef): { ok: true; args: unknown } | { ok: false } {
  const s = kind === 'condition' ? CONDITIONS[ref.code] : ACTIONS[ref.code]
  if (!s) return { ok: false }
  const r = (s.args as z.ZodType).safeParse(ref.args ?? {})
  return r.success ? { ok: true, args: r.data } : { ok: false }
}
