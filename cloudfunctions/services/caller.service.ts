import type { StaffRole } from '../contracts/common'
import type { Caller, Role } from '../core/roles'
import { db, wxIdentity } from '../platform/cloud'
import { ownerOpenid } from '../platform/settings'

/** A row of the `staff` collection (_id = openid). Ownership is never stored: it is JF_OWNER_OPENID. */
export interface StaffRecord {
  _id: string
  /** `operator` or `service`; `staff` is the single role of earlier releases and counts as operator. */
  role: StaffRole | 'staff'
  name: string
  createdAt: number
  updatedAt?: number
  /** The invite this member redeemed (its _id, a hash), when they joined that way. */
  inviteId?: string
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

/**
 * The merchant role a stored record grants. `owner` in the table grants nothing by itself (the owner is
 * whoever JF_OWNER_OPENID names, so changing the env really hands the shop over); legacy `staff` is operator.
 */
export function storedRole(record: Pick<StaffRecord, 'role'> | null): StaffRole | null {
  if (!record) return null
  if (record.role === 'operator' || record.role === 'service') return record.role
  if (record.role === 'staff') return 'operator'
  return null
}

/** The merchant role of `openid`: the configured owner always owns the shop, then the staff table. Read every call, never cached. */
export async function staffRoleOf(openid: string): Promise<StaffRole | null> {
  if (openid === ownerOpenid()) return 'owner'
  return storedRole(await findStaff(openid))
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
    if (staffRole) return { openid, role: staffRole === 'owner' ? 'owner' : 'staff', source, staffRole }
  }
  return { openid, role: 'shopper', source }
}
