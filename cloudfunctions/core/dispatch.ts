import { z } from 'zod'
import type { AnyAction, ActionContext } from './action'
import { isPermission, roleHolds } from '../domain/permissions'
import { AppError } from './errors'
import { type ActionResult, fail, ok } from './result'
import { roleAllows, type Caller, type Role } from './roles'

const Event = z.object({ action: z.string().min(1).max(64), input: z.unknown().optional() })

export interface DispatchDeps {
  /** Resolves who is calling; runs only after the action and its input are known to be valid. Gets the
   *  action's required role so shopper calls need no staff lookup. */
  resolveCaller: (required: Role) => Promise<Caller>
  now?: () => number
  requestId?: string
  log?: (line: Record<string, unknown>) => void
}

/** Builds a name → action lookup and refuses duplicate names loudly at cold start. */
export function buildRegistry(actions: readonly AnyAction[]): ReadonlyMap<string, AnyAction> {
  const map = new Map<string, AnyAction>()
  for (const a of actions) {
    if (map.has(a.name)) throw new Error(`duplicate action ${a.name}`)
    if ((a.role === 'staff' || a.role === 'owner') && !isPermission(a.permission)) {
      throw new Error(`merchant action ${a.name} must declare a known permission (domain/permissions.ts)`)
    }
    map.set(a.name, a)
  }
  return map
}

function describeZodError(err: z.ZodError) {
  return err.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message }))
}

/**
 * The whole request pipeline of every function: look the action up, validate input, authenticate,
 * authorise, run, map errors. Nothing below here ever sees unvalidated input or an unknown caller.
 */
export async function dispatch(
  registry: ReadonlyMap<string, AnyAction>,
  event: unknown,
  deps: DispatchDeps,
): Promise<ActionResult<unknown>> {
  const log = deps.log ?? ((line) => console.error(JSON.stringify(line)))
  const parsedEvent = Event.safeParse(event)
  if (!parsedEvent.success) {
    return fail(new AppError('INVALID_INPUT', 'error.request.malformed').toActionError())
  }
  const action = registry.get(parsedEvent.data.action)
  if (!action) {
    return fail(new AppError('UNKNOWN_ACTION', 'error.action.unknown', { action: parsedEvent.data.action.slice(0, 64) }).toActionError())
  }
  const input = action.input.safeParse(parsedEvent.data.input ?? {})
  if (!input.success) {
    return fail(new AppError('INVALID_INPUT', 'error.input.invalid', {}, describeZodError(input.error)).toActionError())
  }
  try {
    const caller = await deps.resolveCaller(action.role)
    if (!roleAllows(action.role, caller)) {
      if (caller.role === 'anonymous' && action.role !== 'system') {
        return fail(new AppError('UNAUTHENTICATED', 'error.auth.signIn').toActionError())
      }
      return fail(new AppError('FORBIDDEN', 'error.auth.forbidden').toActionError())
    }
    // Read from the staff table on this very call: a removed or demoted member loses access at once.
    if (action.permission && !roleHolds(caller.staffRole, action.permission)) {
      return fail(new AppError('FORBIDDEN', 'error.auth.missingPermission', { permission: action.permission }).toActionError())
    }
    const ctx: ActionContext = {
      caller,
      now: deps.now ?? Date.now,
      requestId: deps.requestId ?? Math.random().toString(36).slice(2),
    }
    return ok(await action.handler(input.data, ctx))
  } catch (err) {
    if (err instanceof AppError) {
      return fail(err.toActionError())
    }
    log({ level: 'error', action: action.name, error: String((err as Error)?.stack ?? err) })
    return fail(new AppError('INTERNAL', 'error.internal').toActionError())
  }
}
