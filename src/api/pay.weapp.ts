import Taro from '@tarojs/taro'
import type { PaymentTicket, PayOutcome } from './pay'

export const PAY_NEEDS_CONFIRM_SHEET = false

/** WeChat's own sheet: its promise rejects with `requestPayment:fail cancel` when the payer backs out. */
export async function requestPayment({ payment }: PaymentTicket): Promise<PayOutcome> {
  try {
    await Taro.requestPayment({
      timeStamp: payment.timeStamp,
      nonceStr: payment.nonceStr,
      package: payment.package,
      signType: payment.signType as 'MD5' | 'HMAC-SHA256' | 'RSA',
      paySign: payment.paySign,
    })
    return { status: 'paid' }
  } catch (cause) {
    const errMsg = cause && typeof cause === 'object' && 'errMsg' in cause ? String((cause as { errMsg: unknown }).errMsg) : String(cause)
    if (/cancel/i.test(errMsg)) return { status: 'cancelled' }
    console.warn('pay: requestPayment failed', errMsg)
    return { status: 'failed', message: 'pay.failed.notThrough' }
  }
}
