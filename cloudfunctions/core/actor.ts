import type { Actor } from '../contracts/common'
import type { Caller } from './roles'

/** The actor to record for a caller's write: staff by openid and role, a shopper as buyer, WeChat as the job. */
export function actorOf(caller: Caller, job = 'platform'): Actor {
  if (caller.role === 'system') return { kind: 'system', job }
  if (!caller.openid) throw new Error('an anonymous caller cannot write')
  if (caller.role === 'staff' || caller.role === 'owner') {
    return { kind: 'staff', openid: caller.openid, role: caller.staffRole ?? (caller.role === 'owner' ? 'owner' : 'operator') }
  }
  return { kind: 'buyer', openid: caller.openid }
}

export const systemActor = (job: string): Actor => ({ kind: 'system', job })
export const PAY_ACTOR: Actor = { kind: 'pay' }
