/** The stored payment (one per WeChat Pay trade number) and its collection. */
import type { Actor } from '../../contracts/common'
import type { PaymentMismatch, PaymentRecord } from '../../contracts/admin-orders'
import type { PaymentState } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import type { PendingEffect } from '../outbox/pending-effect'

export interface PaymentDoc extends PaymentRecord {
  state: PaymentState
  openid: string | null
  updatedAt: number
  /** Set when the money that arrived cannot settle its order. */
  mismatch: (Omit<PaymentMismatch, '_id' | 'outTradeNo' | 'orderId' | 'transactionId' | 'createdAt'> & { refundNo?: string; refundStarted?: boolean }) | null
  log?: { state: PaymentState; event: string; at: number; actor: Actor }[]
  pendingEffects?: PendingEffect[]
}

export const payments = () => db().collection<PaymentDoc>(COLLECTION.payments)
