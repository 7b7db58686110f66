import type { FakeDoc } from '../state-store'

/** trade_state as queryOrder reports it. */
export type TradeState = 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND'

/** One unifiedOrder, keyed by outTradeNo (WeChat's own uniqueness rule per sub-merchant). */
export interface PrepayRecord extends FakeDoc {
  outTradeNo: string
  subMchId: string
  body: string
  totalFee: number
  attach: string | null
  envId: string
  functionName: string
  spbillCreateIp: string
  tradeType: string
  prepayId: string
  /** Payer, when the runtime told us who called unifiedOrder. */
  payerOpenid: string | null
  state: 'NOTPAY' | 'SUCCESS' | 'CLOSED'
  createdAt: number
  paidAt: number | null
  closedAt: number | null
  transactionId: string | null
  paidOpenid: string | null
  refundedFee: number
  refundCount: number
  /** Every payment callback delivered and what the function answered. */
  deliveries: { at: number; totalFee: number; reply: unknown; error: string | null }[]
}

export type RefundStatus = 'PROCESSING' | 'SUCCESS'

export interface RefundRecord extends FakeDoc {
  outRefundNo: string
  refundId: string
  outTradeNo: string
  transactionId: string
  subMchId: string
  totalFee: number
  refundFee: number
  refundDesc: string | null
  envId: string | null
  functionName: string | null
  status: RefundStatus
  createdAt: number
  successAt: number | null
  callbackReply: unknown
  callbackError: string | null
}
