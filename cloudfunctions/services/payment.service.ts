import type { PayNotification } from '../contracts/pay'
import { db } from '../platform/cloud'

/**
 * Every notification is kept, keyed by transaction (or trade number), so repeats are recognised and
 * nothing WeChat told us is lost even before an order can use it.
 */
export async function recordPayNotification(n: PayNotification, now: number): Promise<{ duplicate: boolean }> {
  const id = (n.transactionId || n.outTradeNo).replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64)
  return db().runTransaction(async (t) => {
    const existing = (await t.collection('pay_notifications').doc(id).get()).data
    if (existing) return { duplicate: true }
    await t.collection('pay_notifications').doc(id).set({ data: { notification: n, receivedAt: now } })
    return { duplicate: false }
  })
}
