/** Materials and tags a shopper follows for new arrivals; only ever the caller's own follows. */
import { MAX_FOLLOWS, type Follow, type FollowsListOutput, type FollowTarget } from '../../contracts/member'
import { AppError } from '../../core/errors'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { recordNewArrivalConsent } from './consent'
import { recordKey } from '../record-key'
import { ensureMember } from '../member.service'

const follows = () => db().collection<Follow>(COLLECTION.follows)
export const followId = (openid: string, t: FollowTarget) => recordKey('fw', openid, t.kind, t.value)

/** Materials shoppers can pick from without typing: the shop's crystal kinds. */
export const FOLLOW_SUGGESTIONS = ['海蓝宝', '紫水晶', '黄水晶', '白水晶', '粉晶', '黑曜石', '月光石', '草莓晶', '茶晶', '绿幽灵']

export async function listMyFollows(openid: string): Promise<FollowsListOutput> {
  const { data } = await follows().where({ openid }).orderBy('createdAt', 'desc').limit(MAX_FOLLOWS).get()
  return { items: data.map((f) => ({ _id: f._id, kind: f.kind, value: f.value, createdAt: f.createdAt })), suggestions: FOLLOW_SUGGESTIONS }
}

export async function setMyFollow(openid: string, target: FollowTarget, following: boolean, consent: 'accept' | 'reject' | 'ban' | 'filter' | undefined, now: number): Promise<FollowsListOutput> {
  const id = followId(openid, target)
  if (!following) {
    await follows().where({ _id: id, openid }).remove()
    return listMyFollows(openid)
  }
  const existing = (await follows().doc(id).get()).data
  if (!existing) {
    await ensureMember(openid, now) // new-arrival rate limits live on the member record
    const count = (await follows().where({ openid }).count()).total
    if (count >= MAX_FOLLOWS) throw new AppError('CONFLICT', 'error.follow.tooMany', { max: MAX_FOLLOWS })
    await follows()
      .doc(id)
      .set({ data: { openid, kind: target.kind, value: target.value, createdAt: now } })
  }
  if (consent) await recordNewArrivalConsent(openid, consent, now)
  return listMyFollows(openid)
}
