/**
 * Outbox effects of 拼团: a formed group marks every member's order formed (only then may it ship) and
 * tells each member; a member whose group failed is told once their refund settled. Notices go through
 * services/notice (one noticeId per member and event, so a repeat sends nothing twice).
 */
import { db } from '../../platform/cloud'
import { findOrder, orders } from '../order/order-record'
import type { OutboxEntry } from '../outbox/outbox-store'
import { recordKey } from '../record-key'
import { groups } from '../group/group-record'
import type { GroupOrder } from '../group/group-seat'
import { sendNotice } from '../notice/notice'
import { amountOf, fitThing, shanghaiTime } from '../../domain/notice/template-fields'

const groupPage = (groupId: string) => `packages/group/detail/index?id=${groupId}`


export async function groupFormedEffect(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const group = (await groups().doc(String(entry.payload.groupId)).get()).data
  if (!group || group.status !== 'formed') return 'skipped'
  // One conditional update marks every member's order (a repeat or a member already marked moves nothing).
  const _ = db().command
  await orders()
    .where({ _id: _.in(group.members.map((m) => m.orderId)), groupId: group._id, 'group.formedAt': null })
    .update({ data: { 'group.formedAt': now, updatedAt: now } })
  for (const m of group.members) {
    await sendNotice(
      { noticeId: recordKey('n', entry._id, m.openid), openid: m.openid, kind: 'groupResult', data: { goods: fitThing(group.title), result: '拼团成功', note: fitThing('团已成，等待发货'), time: shanghaiTime(now) }, page: groupPage(group._id) },
      now,
    )
  }
  return 'done'
}

export async function groupRefundedNoticeEffect(entry: OutboxEntry, now: number): Promise<'done' | 'skipped'> {
  const order = (await findOrder(String(entry.payload.orderId))) as GroupOrder | null
  if (!order?.groupId) return 'skipped'
  await sendNotice(
    {
      noticeId: recordKey('n', entry._id, order.openid),
      openid: order.openid,
      kind: 'groupResult',
      data: { goods: fitThing(order.items[0]?.title ?? ''), result: '拼团失败', note: fitThing(`已原路退款 ${amountOf(order.payable)}`), time: shanghaiTime(now) },
      page: `packages/order/detail/index?id=${order._id}`,
    },
    now,
  )
  return 'done'
}
