/** The stored refund (one per out_refund_no) and its collection. */
import type { Actor } from '../../contracts/common'
import type { RefundRecord } from '../../contracts/admin-orders'
import type { RefundPurpose, RefundState } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import type { PendingEffect } from '../outbox/pending-effect'

export interface RefundDoc extends RefundRecord {
  purpose: RefundPurpose
  openid: string
  outTradeNo: string
  totalFee: number
  state: RefundState
  /** Last refusal from WeChat (its own code/text), for the merchant; cron retries with the same number. */
  problem: string | null
  log: { state: RefundState; event: string; at: number; actor: Actor }[]
  updatedAt: number
  pendingEffects?: PendingEffect[]
}

export const refunds = () => db().collection<RefundDoc>(COLLECTION.refunds)
