/**
 * The registry seen from outside: every registered action with the function that serves it, and how to
 * call it through that function's built bundle. Fuzz and authz suites iterate this, never a hand list,
 * so an action is covered the moment it is registered.
 */
import type { AnyAction } from '../../cloudfunctions/core/action'
import { ERROR_CODES, type ErrorCode } from '../../cloudfunctions/core/errors'
import { ACTIONS_BY_FUNCTION } from '../../cloudfunctions/actions/registry'
import { FUNCTION_NAMES, type FunctionName } from '../../cloudfunctions/functions/manifest'
import { isRefundNotification } from '../../cloudfunctions/contracts/pay'
import type { Identity, LocalCloud } from '../../local-cloud/runtime/local-cloud'

export interface RegisteredAction {
  fn: FunctionName
  action: AnyAction
}

export function registeredActions(): RegisteredAction[] {
  return FUNCTION_NAMES.flatMap((fn) => ACTIONS_BY_FUNCTION[fn].map((action) => ({ fn, action })))
}

/** What any action call came back as, whatever the function's reply shape. */
export type CallOutcome =
  | { ok: true; data: unknown; raw: unknown }
  | { ok: false; code: string; raw: unknown }

/**
 * How each function is addressed. `shop` and `admin` take `{ action, input }`; `payNotify` and `cron`
 * are called by WeChat with a raw event from which their entry picks the action (payNotify: payment
 * or refund notification), and payNotify answers in WeChat's `{ errcode, errmsg }` shape. A Record
 * over FunctionName, so a fifth function fails to typecheck here until someone says how to call it.
 */
interface Envelope {
  toEvent(action: string, input: unknown): unknown
  /** Which action the function's entry would run for this event (mirrors the entry's own routing). */
  routesTo(action: string, event: unknown): string
  toOutcome(reply: unknown): CallOutcome
}

const actionEnvelope: Envelope = {
  toEvent: (action, input) => ({ action, input }),
  routesTo: (action) => action,
  toOutcome: (reply) => {
    const r = reply as { ok?: unknown; data?: unknown; error?: { code?: unknown } }
    if (r && r.ok === true) return { ok: true, data: r.data, raw: reply }
    return { ok: false, code: String(r?.error?.code ?? 'MALFORMED_REPLY'), raw: reply }
  },
}

const PAY_IGNORED = /^ignored: ([A-Z_]+)$/

export const ENVELOPES: Record<FunctionName, Envelope> = {
  // carrierNotify's entry also takes a plain {action, input} (its HTTP and message-push doors map onto the same actions).
  carrierNotify: actionEnvelope,
  shop: actionEnvelope,
  admin: actionEnvelope,
  cron: { ...actionEnvelope, toEvent: (_action, input) => input, routesTo: () => 'cron.tick' },
  payNotify: {
    toEvent: (_action, input) => input,
    routesTo: (_action, event) => (isRefundNotification(event) ? 'pay.refundNotify' : 'pay.notify'),
    toOutcome: (reply) => {
      const r = reply as { errcode?: unknown; errmsg?: unknown }
      if (r?.errcode === 0 && r.errmsg === 'OK') return { ok: true, data: null, raw: reply }
      const ignored = typeof r?.errmsg === 'string' ? PAY_IGNORED.exec(r.errmsg) : null
      if (r?.errcode === 0 && ignored) return { ok: false, code: ignored[1], raw: reply }
      if (r?.errcode === -1 && typeof r.errmsg === 'string') return { ok: false, code: r.errmsg, raw: reply }
      return { ok: false, code: 'MALFORMED_REPLY', raw: reply }
    },
  },
}

/** Would this input, sent through the action's function, reach that action (and not a sibling)? */
export function reachesAction(target: RegisteredAction, input: unknown): boolean {
  const envelope = ENVELOPES[target.fn]
  return envelope.routesTo(target.action.name, wireCopy(envelope.toEvent(target.action.name, input))) === target.action.name
}

/** Why an action cannot be reached through its function, or null when it can. */
export function unreachableReason(target: RegisteredAction, validInputs: readonly unknown[]): string | null {
  if (validInputs.length === 0) return `${target.action.name}: no schema-valid input could be generated to route it`
  if (!validInputs.some((input) => reachesAction(target, input))) {
    return `${target.action.name} is registered on ${target.fn}, whose entry never routes its inputs to it`
  }
  return null
}

/** Calls an action through its built function bundle; never swallows a throw out of the function. */
export async function callAction(
  cloud: LocalCloud,
  target: RegisteredAction,
  input: unknown,
  identity: Identity,
): Promise<CallOutcome> {
  const envelope = ENVELOPES[target.fn]
  const reply = await cloud.invoke(target.fn, envelope.toEvent(target.action.name, input), identity)
  return envelope.toOutcome(reply)
}

const STABLE_CODES = new Set<string>(ERROR_CODES)
export const isStableCode = (code: string): code is ErrorCode => STABLE_CODES.has(code)

/** A reply the client can rely on: ok with data, or a failure with a stable code and a message. */
export function wellFormedProblem(outcome: CallOutcome): string | null {
  if (outcome.ok) return null
  if (!isStableCode(outcome.code)) return `unstable error code ${outcome.code} in ${JSON.stringify(outcome.raw).slice(0, 300)}`
  const raw = outcome.raw as { error?: { message?: unknown } }
  if (raw && typeof raw === 'object' && 'error' in raw && typeof raw.error?.message !== 'string') {
    return `failure without a message: ${JSON.stringify(outcome.raw).slice(0, 300)}`
  }
  return null
}

/** Values cross the platform as JSON, exactly as the local cloud copies events. */
export function wireCopy(value: unknown): unknown {
  if (value === undefined) return null
  return JSON.parse(JSON.stringify(value))
}

/** What the action's schema sees for this input after the wire and the dispatcher's `input ?? {}`. */
export function schemaAccepts(action: AnyAction, input: unknown): boolean {
  const onWire = wireCopy(input)
  return action.input.safeParse(onWire ?? {}).success
}
