/**
 * Success replies built from the fake's records, snake_case as WeChat Pay v2 sends them. Pure apart
 * from fresh nonces.
 */
import { payTimestamp, shanghaiDateTime } from '../clock'
import { SERVICE_PROVIDER, type PayFakeAccount } from './pay-callback-events'
import { fakeSign, newNonce } from './pay-ids'
import type { PrepayRecord, RefundRecord, TradeState } from './pay-records'
import { success } from './pay-replies'

type Reply = Record<string, unknown>

/** unifiedOrder: `payment` is what the mini program hands to wx.requestPayment unchanged. */
export function prepayReply(record: PrepayRecord, account: PayFakeAccount, now: number): Reply {
  const timeStamp = String(Math.floor(now / 1000))
  const nonceStr = newNonce()
  const pkg = `prepay_id=${record.prepayId}`
  const payment = {
    appId: account.appid,
    timeStamp,
    nonceStr,
    package: pkg,
    signType: 'MD5',
    paySign: fakeSign({ appId: account.appid, timeStamp, nonceStr, package: pkg, signType: 'MD5' }),
  }
  return success({
    appid: SERVICE_PROVIDER.appid,
    mch_id: SERVICE_PROVIDER.mchId,
    sub_appid: account.appid,
    sub_mch_id: record.subMchId,
    nonce_str: nonceStr,
    sign: fakeSign({ prepay_id: record.prepayId, nonceStr }),
    trade_type: record.tradeType,
    prepay_id: record.prepayId,
    payment,
  })
}

export function tradeState(record: PrepayRecord): TradeState {
  if (record.state === 'SUCCESS' && record.refundCount > 0) return 'REFUND'
  return record.state
}

const TRADE_STATE_DESC: Record<TradeState, string> = {
  NOTPAY: '订单未支付',
  SUCCESS: '支付成功',
  CLOSED: '已关闭',
  REFUND: '转入退款',
}

export function orderQueryReply(record: PrepayRecord): Reply {
  const state = tradeState(record)
  const reply: Reply = {
    sub_mch_id: record.subMchId,
    out_trade_no: record.outTradeNo,
    trade_state: state,
    trade_state_desc: TRADE_STATE_DESC[state],
    total_fee: record.totalFee,
    trade_type: record.tradeType,
  }
  if (record.attach !== null) reply.attach = record.attach
  if (record.transactionId && record.paidAt !== null) {
    Object.assign(reply, {
      transaction_id: record.transactionId,
      time_end: payTimestamp(record.paidAt),
      sub_openid: record.paidOpenid,
      cash_fee: record.totalFee,
      fee_type: 'CNY',
      bank_type: 'OTHERS',
    })
  }
  return success(reply)
}

export function refundReply(refund: RefundRecord): Reply {
  return success({
    sub_mch_id: refund.subMchId,
    nonce_str: newNonce(),
    transaction_id: refund.transactionId,
    out_trade_no: refund.outTradeNo,
    out_refund_no: refund.outRefundNo,
    refund_id: refund.refundId,
    refund_fee: refund.refundFee,
    settlement_refund_fee: refund.refundFee,
    total_fee: refund.totalFee,
    cash_fee: refund.totalFee,
    cash_refund_fee: refund.refundFee,
  })
}

/** v2 refundquery numbers each refund's fields with a suffix: out_refund_no_0, refund_fee_0, … */
export function refundQueryReply(refunds: RefundRecord[], refundedTotal: number): Reply {
  const ordered = [...refunds].sort((a, b) => a.createdAt - b.createdAt)
  const first = ordered[0]
  const reply: Reply = {
    sub_mch_id: first.subMchId,
    transaction_id: first.transactionId,
    out_trade_no: first.outTradeNo,
    total_fee: first.totalFee,
    cash_fee: first.totalFee,
    refund_fee: refundedTotal,
    refund_count: ordered.length,
  }
  ordered.forEach((refund, n) => {
    Object.assign(reply, {
      [`out_refund_no_${n}`]: refund.outRefundNo,
      [`refund_id_${n}`]: refund.refundId,
      [`refund_fee_${n}`]: refund.refundFee,
      [`settlement_refund_fee_${n}`]: refund.refundFee,
      [`refund_status_${n}`]: refund.status,
      [`refund_recv_accout_${n}`]: '支付用户零钱',
    })
    if (refund.successAt !== null) reply[`refund_success_time_${n}`] = shanghaiDateTime(refund.successAt)
  })
  return success(reply)
}
