/**
 * cloudPay (WeChat Pay v2 through WeChat Cloud), typed for what the shop uses. The SDK camel-cases
 * replies and overwrites WeChat's err_code with errCode 0, so success is judged ONLY by returnCode and
 * resultCode both being SUCCESS (local-cloud/fakes/README.md "Verified against wx-server-sdk").
 */
import { randomBytes } from 'node:crypto'
import { shopConfig } from '../config'
import { payTimestamp } from '../domain/time'
import { wxCloud } from './cloud'

export const PAY_CALLBACK_FUNCTION = 'payNotify'

type Reply = Record<string, any>

export interface PayOutcome<T = Reply> {
  ok: boolean
  /** errCodeDes / returnMsg when refused. */
  problem: string | null
  reply: T
}

function cloudPay(): Record<string, (data: Reply) => Promise<Reply>> {
  return (wxCloud() as unknown as { cloudPay: Record<string, (data: Reply) => Promise<Reply>> }).cloudPay
}

function outcome(reply: Reply): PayOutcome {
  const ok = reply?.returnCode === 'SUCCESS' && reply?.resultCode === 'SUCCESS'
  const problem = ok ? null : String(reply?.errCodeDes ?? reply?.returnMsg ?? reply?.errCode ?? 'unknown refusal')
  return { ok, problem, reply }
}

const nonce = () => randomBytes(12).toString('hex')

/** yyyyMMddHHmmss in Asia/Shanghai, WeChat Pay's time format. */
export const payTime = payTimestamp

export interface UnifiedOrderParams {
  outTradeNo: string
  totalFee: number
  body: string
  /** Epoch ms; the prepay must not outlive the unpaid-order timeout. */
  expiresAt: number
  attach?: string
}

export async function unifiedOrder(p: UnifiedOrderParams): Promise<PayOutcome> {
  const config = shopConfig()
  const reply = await cloudPay().unifiedOrder({
    body: p.body.slice(0, 128),
    outTradeNo: p.outTradeNo,
    spbillCreateIp: '127.0.0.1',
    subMchId: config.pay.subMchId,
    totalFee: p.totalFee,
    envId: config.envId,
    functionName: PAY_CALLBACK_FUNCTION,
    nonceStr: nonce(),
    tradeType: 'JSAPI',
    timeExpire: payTime(p.expiresAt),
    ...(p.attach ? { attach: p.attach } : {}),
  })
  return outcome(reply)
}

/** tradeState: SUCCESS, REFUND, NOTPAY, CLOSED, REVOKED, USERPAYING, PAYERROR (null when the query was refused). */
export async function queryOrder(outTradeNo: string): Promise<PayOutcome & { tradeState: string | null }> {
  const reply = await cloudPay().queryOrder({ subMchId: shopConfig().pay.subMchId, outTradeNo, nonceStr: nonce() })
  const result = outcome(reply)
  return { ...result, tradeState: result.ok ? String(reply.tradeState) : null }
}

export async function closeOrder(outTradeNo: string): Promise<PayOutcome> {
  const reply = await cloudPay().closeOrder({ subMchId: shopConfig().pay.subMchId, outTradeNo, nonceStr: nonce() })
  return outcome(reply)
}

export interface RefundParams {
  outTradeNo: string
  /** Reuse it on retry: WeChat then returns the first refund instead of paying out twice. */
  outRefundNo: string
  totalFee: number
  refundFee: number
  reason: string
}

export async function refund(p: RefundParams): Promise<PayOutcome> {
  const config = shopConfig()
  const reply = await cloudPay().refund({
    subMchId: config.pay.subMchId,
    nonceStr: nonce(),
    outTradeNo: p.outTradeNo,
    outRefundNo: p.outRefundNo,
    totalFee: p.totalFee,
    refundFee: p.refundFee,
    refundDesc: p.reason.slice(0, 80),
    envId: config.envId,
    functionName: PAY_CALLBACK_FUNCTION,
  })
  return outcome(reply)
}
