/**
 * The events WeChat hands to the cloudPay `functionName` callbacks, camelCase as the function receives
 * them. Field list: cloud docs paymentCallback (v2 notification) and the v2 refund notification.
 */
import { createHash } from 'node:crypto'
import { payTimestamp, shanghaiDateTime } from '../clock'
import type { PrepayRecord, RefundRecord } from './pay-records'
import { newNonce } from './pay-ids'

/** cloudPay runs as a sub-merchant of the WeChat Cloud service provider; these are that provider's ids. */
export const SERVICE_PROVIDER = { appid: 'wxd2d16a504f24665e', mchId: '1800008281' }

export interface PayFakeAccount {
  /** The mini program's appid (subAppid in callbacks). */
  appid: string
}

/**
 * `openid` in the notification is the payer under the service provider's appid, not the mini
 * program's; the mini program openid is `subOpenid`. Derived deterministically so repeats match.
 */
export const serviceProviderOpenid = (openid: string) =>
  `oSP_${createHash('sha1').update(openid).digest('base64url').slice(0, 24)}`

export function paymentCallbackEvent(
  prepay: PrepayRecord,
  delivery: { openid: string; totalFee: number; transactionId: string; paidAt: number },
  account: PayFakeAccount,
): Record<string, unknown> {
  const event: Record<string, unknown> = {
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    appid: SERVICE_PROVIDER.appid,
    mchId: SERVICE_PROVIDER.mchId,
    subAppid: account.appid,
    subMchId: prepay.subMchId,
    nonceStr: newNonce(),
    openid: serviceProviderOpenid(delivery.openid),
    isSubscribe: 'N',
    subOpenid: delivery.openid,
    subIsSubscribe: 'N',
    tradeType: prepay.tradeType,
    bankType: 'OTHERS',
    totalFee: delivery.totalFee,
    cashFee: delivery.totalFee,
    feeType: 'CNY',
    transactionId: delivery.transactionId,
    outTradeNo: prepay.outTradeNo,
    timeEnd: payTimestamp(delivery.paidAt),
  }
  // WeChat omits attach when the order had none.
  if (prepay.attach !== null) event.attach = prepay.attach
  return event
}

export function refundCallbackEvent(refund: RefundRecord, successAt: number, account: PayFakeAccount) {
  return {
    returnCode: 'SUCCESS',
    appid: SERVICE_PROVIDER.appid,
    mchId: SERVICE_PROVIDER.mchId,
    subAppid: account.appid,
    subMchId: refund.subMchId,
    nonceStr: newNonce(),
    transactionId: refund.transactionId,
    outTradeNo: refund.outTradeNo,
    refundId: refund.refundId,
    outRefundNo: refund.outRefundNo,
    totalFee: refund.totalFee,
    settlementTotalFee: refund.totalFee,
    refundFee: refund.refundFee,
    settlementRefundFee: refund.refundFee,
    refundStatus: 'SUCCESS',
    successTime: shanghaiDateTime(successAt),
    refundRecvAccout: '支付用户零钱',
    refundAccount: 'REFUND_SOURCE_UNSETTLED_FUNDS',
    refundRequestSource: 'API',
  }
}
