/**
 * Who may call an action. Ordered by power for the human roles; `system` is separate: only WeChat
 * itself (timer triggers, pay callbacks) may act as system, never a client.
 */
import type { StaffRole } from '../contracts/common'

export type Role = 'anyone' | 'shopper' | 'staff' | 'owner' | 'system'

/** What the caller proved to be. `openid` comes from getWXContext, never from input. */
export interface Caller {
  openid: string | null
  /** The strongest role the caller holds: anyone < shopper < staff < owner; or system. */
  role: Exclude<Role, 'anyone'> | 'anonymous'
  /** getWXContext().SOURCE, e.g. `wx_client`, `wx_trigger`, `wx_paycallback`. */
  source: string
  /** The merchant role from the staff table (or the configured owner); absent for shoppers. */
  staffRole?: StaffRole
}

const HUMAN_RANK = { anonymous: 0, shopper: 1, staff: 2, owner: 3 } as const
const REQUIRED_RANK = { anyone: 0, shopper: 1, staff: 2, owner: 3 } as const

/** True when `caller` may run an action declared with `required`. Pure, so the authz matrix can test it. */
export function roleAllows(required: Role, caller: Caller): boolean {
  if (required === 'system') return caller.role === 'system'
  if (caller.role === 'system') return false
  return HUMAN_RANK[caller.role] >= REQUIRED_RANK[required]
}
