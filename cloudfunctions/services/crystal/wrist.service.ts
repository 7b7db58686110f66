import { AppError } from '../../core/errors'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { ensureMember } from '../member.service'

/**
 * Remembers (or forgets, null) the caller's wrist circumference on their member record as `wristMm`
 * (whole mm, WRIST_MM_MIN..MAX, checked by the action's schema). The fit helper, every bracelet page and
 * the DIY builder read it from there (`me.profile` → `wristMm`).
 */
export async function setWrist(openid: string, wristMm: number | null, now: number): Promise<{ wristMm: number | null }> {
  await ensureMember(openid, now)
  const { stats } = await db().collection(COLLECTION.members).where({ _id: openid, openid }).update({ data: { wristMm, updatedAt: now } })
  if (stats.updated !== 1) throw new AppError('CONFLICT', 'error.changed.member')
  return { wristMm }
}
