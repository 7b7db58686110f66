import type { ActionContext } from '../../core/action'
import { AppError } from '../../core/errors'

/** The calling shopper's openid; dispatch guarantees one for role shopper, this makes the type say so. */
export function buyerOf(ctx: ActionContext): string {
  if (!ctx.caller.openid) throw new AppError('UNAUTHENTICATED', 'error.auth.signIn')
  return ctx.caller.openid
}
