import type { z } from 'zod'
import type { Permission } from '../domain/permissions'
import type { Caller, Role } from './roles'

/** What a handler gets besides its parsed input. Platform handles are typed loosely on purpose:
 *  handlers reach the database through services, which own the queries. */
export interface ActionContext {
  caller: Caller
  /** Epoch ms; injectable so tests can move time. */
  now: () => number
  /** Per-call request id for log lines and idempotency keys. */
  requestId: string
}

export interface ActionDefinition<I extends z.ZodTypeAny = z.ZodTypeAny, O = unknown> {
  /** `area.verb`, e.g. `catalog.list`. Unique across all functions. */
  name: string
  role: Role
  /** Merchant actions (role staff or owner) name the permission a staff role must hold
   *  (domain/permissions.ts); buildRegistry refuses a merchant action without one. */
  permission?: Permission
  /** One line for the admin docs and the authz report. */
  summary: string
  input: I
  /** Actions that touch a caller-owned record say which collection, so the authz suite can aim at it. */
  owns?: string
  handler: (input: z.output<I>, ctx: ActionContext) => Promise<O>
}

/** Declares an action once; the registry, fuzz and authz suites all read this declaration. */
export function defineAction<I extends z.ZodTypeAny, O>(def: ActionDefinition<I, O>): ActionDefinition<I, O> {
  if (!/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/.test(def.name)) {
    throw new Error(`action name "${def.name}" must look like area.verb`)
  }
  return def
}

// `any` input so a list can hold actions of different schemas; each is still checked where it is defined.
export type AnyAction = ActionDefinition<any, unknown>
