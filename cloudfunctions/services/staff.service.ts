import type { StaffListOutput } from '../contracts/staff'
import { db } from '../platform/cloud'
import { ownerOpenid } from '../platform/settings'
import type { StaffRecord } from './caller.service'

/** Staff from the table, plus the configured owner even before the owner's record exists. */
export async function listStaff(): Promise<StaffListOutput> {
  const { data } = await db().collection<StaffRecord>('staff').limit(100).get()
  const rows: StaffListOutput = data.map((s) => ({ openid: s._id, role: s.role, name: s.name, createdAt: s.createdAt ?? null }))
  const owner = ownerOpenid()
  if (!rows.some((r) => r.openid === owner)) rows.push({ openid: owner, role: 'owner', name: '店主', createdAt: null })
  return rows.sort((a, b) => (a.role === b.role ? a.openid.localeCompare(b.openid) : a.role === 'owner' ? -1 : 1))
}
