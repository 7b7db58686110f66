import type { Member } from '../contracts/member'

/** A shopper's first visit creates a member at the entry level with no points. */
export function newMember(openid: string, now: number): Member {
  return {
    _id: openid,
    openid,
    nickname: `晶友${openid.slice(-4).toUpperCase()}`,
    level: 'quartz',
    points: 0,
    createdAt: now,
    updatedAt: now,
  }
}
