import type { Member } from '../contracts/member'
import { newMember } from '../domain/member'
import { db } from '../platform/cloud'

/**
 * The caller's member record, created on first call. A transaction makes concurrent first calls from
 * the same shopper create one record, not fail or overwrite each other.
 */
export async function ensureMember(openid: string, now: number): Promise<Member> {
  const existing = (await db().collection<Member>('members').doc(openid).get()).data
  if (existing) return existing
  return db().runTransaction(async (t) => {
    const again = (await t.collection<Member>('members').doc(openid).get()).data
    if (again) return again
    const member = newMember(openid, now)
    const { _id, ...fields } = member
    await t.collection('members').doc(_id).set({ data: fields })
    return member
  })
}
