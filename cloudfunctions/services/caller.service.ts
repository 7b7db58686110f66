import type { Caller, Role } from '../core/roles'
import { db, wxIdentity } from '../platform/cloud'
import { ownerOpenid } from '../platform/settings'

export type StaffRole = 'owner' | 'staff'
export interface StaffRecord {
  _id: string
  role: StaffRole
  name: string
  createdAt: number
}

/** WeChat sets SOURCE; a client can never claim to be a timer or the pay platform. */
const SYSTEM_SOURCES = new Set(['wx_trigger', 'wx_paycallback'])

export function isSystemSource(source: string): boolean {
  const chain = source.split(',').map((s) => s.trim()).filter(Boolean)
  return chain.length > 0 && chain.every((s) => SYSTEM_SOURCES.has(s))
}

export async function findStaff(openid: string): Promise<StaffRecord | null> {
  const { data } = await db().collection<StaffRecord>('staff').doc(openid).get()
  return data ?? null
}

/** The strongest role of `openid`: the configured owner always owns the shop, then the staff table. */
export async function staffRoleOf(openid: string): Promise<StaffRole | null> {
  if (openid === ownerOpenid()) return 'owner'
  return (await findStaff(openid))?.role ?? null
}

/**
 * Who is calling, from WeChat's trusted context only. The staff table is read only when the action
 * needs more than a shopper, so the shopper path costs no extra database read.
 */
export async function resolveCaller(required: Role): Promise<Caller> {
  const { openid, source } = wxIdentity()
  if (isSystemSource(source)) return { openid, role: 'system', source }
  if (!openid) return { openid: null, role: 'anonymous', source }
  if (required === 'staff' || required === 'owner') {
    const staffRole = await staffRoleOf(openid)
    if (staffRole) return { openid, role: staffRole, source }
  }
  return { openid, role: 'shopper', source }
}
