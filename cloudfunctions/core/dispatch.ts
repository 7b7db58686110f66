import { z } from 'zod'
import type { AnyAction, ActionContext } from './action'
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
    return fail({ code: 'INVALID_INPUT', message: '请求格式错误 / malformed request: expected { action, input }' })
  }
  const action = registry.get(parsedEvent.data.action)
  if (!action) {
    return fail({ code: 'UNKNOWN_ACTION', message: `未知操作 / unknown action: ${parsedEvent.data.action.slice(0, 64)}` })
  }
  const input = action.input.safeParse(parsedEvent.data.input ?? {})
  if (!input.success) {
    return fail({ code: 'INVALID_INPUT', message: '输入不合法 / invalid input', details: describeZodError(input.error) })
  }
  try {
    const caller = await deps.resolveCaller(action.role)
    if (!roleAllows(action.role, caller)) {
      if (caller.role === 'anonymous' && action.role !== 'system') {
        return fail({ code: 'UNAUTHENTICATED', message: '请先登录 / please sign in first' })
      }
      return fail({ code: 'FORBIDDEN', message: '无权执行此操作 / not allowed' })
    }
    const ctx: ActionContext = {
      caller,
      now: deps.now ?? Date.now,
      requestId: deps.requestId ?? Math.random().toString(36).slice(2),
    }
    return ok(await action.handler(input.data, ctx))
  } catch (err) {
    if (err instanceof AppError) {
      return fail({ code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) })
    }
    log({ level: 'error', action: action.name, error: String((err as Error)?.stack ?? err) })
    return fail({ code: 'INTERNAL', message: '系统繁忙，请稍后再试 / internal error, please retry' })
  }
}
