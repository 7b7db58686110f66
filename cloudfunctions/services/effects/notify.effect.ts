/**
 * Subscribe messages to the buyer. Sent only when the template is configured; a buyer who did not
 * subscribe (WeChat errcode 43101) is a final "skipped", not a failure to retry.
 */
import { shopConfig } from '../../config'
import { sendSubscribeMessage } from '../../platform/openapi'
import { findOrder } from '../order/order-record'
import type { OutboxEntry } from '../outbox/outbox-store'
import { refunds } from '../refund/refund-transition'

type Notice = 'orderShipped' | 'refundResult'

function templateOf(notice: Notice): string | undefined {
  const templates = (shopConfig() as { templates?: Partial<Record<string, string>> }).templates
  return templates?.[notice] || undefined
}

const NOT_SUBSCRIBED = /43101/

async function send(notice: Notice, toOpenid: string, orderId: string, data: Record<string, { value: string }>): Promise<'done' | 'skipped'> {
  const templateId = templateOf(notice)
  if (!templateId || !toOpenid) return 'skipped'
  try {
    await sendSubscribeMessage({ toOpenid, templateId, page: `packages/order/detail/index?id=${orderId}`, data })
  } catch (err) {
    if (NOT_SUBSCRIBED.test(String((err as Error)?.message ?? err))) return 'skipped'
    throw err
  }
  return 'done'
}

export async function notifyOrderShipped(entry: OutboxEntry): Promise<'done' | 'skipped'> {
  const order = await findOrder(String(entry.payload.orderId))
  const parcel = order?.shipments.find((s) => s.purpose === 'order')
  if (!order || !parcel) return 'skipped'
  return send('orderShipped', order.openid, order._id, {
    character_string1: { value: order.orderNo },
    thing2: { value: order.items[0]?.title.slice(0, 20) ?? '' },
    character_string3: { value: parcel.waybillNo },
  })
}

export async function notifyRefundResult(entry: OutboxEntry): Promise<'done' | 'skipped'> {
  const refund = (await refunds().doc(String(entry.payload.outRefundNo)).get()).data
  if (!refund || !refund.orderId) return 'skipped'
  return send('refundResult', refund.openid, refund.orderId, {
    character_string1: { value: refund.outRefundNo },
    amount2: { value: (refund.refundFee / 100).toFixed(2) },
  })
}
