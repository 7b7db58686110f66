/** The caller's points ledger, newest first. */
import type { MeLedgerOutput } from '../../contracts/member'
import { ensureMember } from '../member.service'
import { pointsLedger } from './member-ledger'

export async function myLedger(openid: string, page: number, pageSize: number, now: number): Promise<MeLedgerOutput> {
  const [member, rows, counted] = await Promise.all([
    ensureMember(openid, now),
    pointsLedger().where({ openid }).orderBy('createdAt', 'desc').skip((page - 1) * pageSize).limit(pageSize).get(),
    pointsLedger().where({ openid }).count(),
  ])
  const items = rows.data.map((e) => ({ _id: e._id, kind: e.kind, points: e.points, balanceAfter: e.balanceAfter, reason: e.reason, orderId: e.orderId, createdAt: e.createdAt }))
  return { items, page, pageSize, total: counted.total, hasMore: (page - 1) * pageSize + rows.data.length < counted.total, balance: member.points ?? 0, nextExpiryAt: member.nextPointsExpiryAt ?? null }
}
