/**
 * Pure checks of cloudPay request params, as they arrive after the SDK's camel→snake conversion.
 * Each returns either the normalised params or the WeChat-style refusal.
 */
import type { PayFailure } from './pay-replies'

export type Checked<T> = { ok: true; value: T } | { ok: false; missing: string } | { ok: false; failure: PayFailure }

/** The SDK already snake-cases camelCase keys; this also lets tests and dev tools pass camelCase. */
export function snakeKeys(data: unknown): Record<string, unknown> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {}
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    out[key.replace(/[A-Z]/g, (c, i: number) => `${i ? '_' : ''}${c.toLowerCase()}`)] = value
  }
  return out
}

const OUT_TRADE_NO = /^[A-Za-z0-9_-]{1,32}$/
const OUT_REFUND_NO = /^[A-Za-z0-9_\-|*@]{1,64}$/

const paramError = (des: string): PayFailure => ({ errCode: 'PARAM_ERROR', des })
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0
export const isPositiveFen = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0

function firstMissing(data: Record<string, unknown>, fields: string[]): string | null {
  for (const field of fields) {
    const value = data[field]
    if (value === undefined || value === null || value === '') return field
  }
  return null
}

export interface UnifiedOrderParams {
  body: string
  outTradeNo: string
  totalFee: number
  subMchId: string
  nonceStr: string
  envId: string
  functionName: string
  spbillCreateIp: string
  tradeType: string
  attach: string | null
  openid: string | null
}

const UNIFIED_ORDER_REQUIRED = [
  'body',
  'out_trade_no',
  'total_fee',
  'sub_mch_id',
  'nonce_str',
  'env_id',
  'function_name',
  'spbill_create_ip',
]

export function checkUnifiedOrder(raw: unknown): Checked<UnifiedOrderParams> {
  const data = snakeKeys(raw)
  const missing = firstMissing(data, UNIFIED_ORDER_REQUIRED)
  if (missing) return { ok: false, missing }
  const { body, out_trade_no, total_fee, sub_mch_id, nonce_str, env_id, function_name, spbill_create_ip } = data
  if (!isNonEmptyString(body) || body.length > 128) return { ok: false, failure: paramError('body 长度须为1-128 / body must be 1-128 chars') }
  if (typeof out_trade_no !== 'string' || !OUT_TRADE_NO.test(out_trade_no))
    return { ok: false, failure: paramError('out_trade_no 须为≤32位字母数字_- / out_trade_no must be ≤32 of [A-Za-z0-9_-]') }
  if (!isPositiveFen(total_fee))
    return { ok: false, failure: paramError('total_fee 须为正整数(分) / total_fee must be a positive integer in fen') }
  if (!isNonEmptyString(nonce_str) || nonce_str.length > 32)
    return { ok: false, failure: paramError('nonce_str 长度须≤32 / nonce_str must be ≤32 chars') }
  const attach = data.attach
  if (attach !== undefined && attach !== null && (typeof attach !== 'string' || attach.length > 127))
    return { ok: false, failure: paramError('attach 长度须≤127 / attach must be ≤127 chars') }
  for (const [name, value] of Object.entries({ sub_mch_id, env_id, function_name, spbill_create_ip })) {
    if (!isNonEmptyString(value)) return { ok: false, failure: paramError(`${name} 须为字符串 / ${name} must be a string`) }
  }
  const tradeType = data.trade_type ?? 'JSAPI'
  if (tradeType !== 'JSAPI') return { ok: false, failure: paramError('trade_type 仅支持 JSAPI / only JSAPI is supported') }
  const openid = data.sub_openid ?? data.openid
  return {
    ok: true,
    value: {
      body,
      outTradeNo: out_trade_no,
      totalFee: total_fee,
      subMchId: sub_mch_id as string,
      nonceStr: nonce_str,
      envId: env_id as string,
      functionName: function_name as string,
      spbillCreateIp: spbill_create_ip as string,
      tradeType,
      attach: typeof attach === 'string' ? attach : null,
      openid: typeof openid === 'string' && openid ? openid : null,
    },
  }
}

/** queryOrder / closeOrder / refund name the order by out_trade_no or transaction_id. */
export interface OrderRef {
  outTradeNo: string | null
  transactionId: string | null
}

export function orderRef(data: Record<string, unknown>): OrderRef | null {
  const outTradeNo = isNonEmptyString(data.out_trade_no) ? data.out_trade_no : null
  const transactionId = isNonEmptyString(data.transaction_id) ? data.transaction_id : null
  return outTradeNo || transactionId ? { outTradeNo, transactionId } : null
}

export interface RefundParams {
  order: OrderRef
  outRefundNo: string
  totalFee: number
  refundFee: number
  subMchId: string
  refundDesc: string | null
  envId: string | null
  functionName: string | null
}

export function checkRefund(raw: unknown): Checked<RefundParams> {
  const data = snakeKeys(raw)
  const missing = firstMissing(data, ['sub_mch_id', 'nonce_str', 'out_refund_no', 'total_fee', 'refund_fee'])
  if (missing) return { ok: false, missing }
  const order = orderRef(data)
  if (!order) return { ok: false, missing: 'out_trade_no' }
  const { out_refund_no, total_fee, refund_fee, sub_mch_id } = data
  if (typeof out_refund_no !== 'string' || !OUT_REFUND_NO.test(out_refund_no))
    return { ok: false, failure: paramError('out_refund_no 须为≤64位 / out_refund_no must be ≤64 of [A-Za-z0-9_-|*@]') }
  if (!isPositiveFen(total_fee) || !isPositiveFen(refund_fee))
    return { ok: false, failure: paramError('total_fee/refund_fee 须为正整数(分) / amounts must be positive integers in fen') }
  if (refund_fee > total_fee)
    return { ok: false, failure: paramError('退款金额大于订单金额 / refund_fee exceeds total_fee') }
  return {
    ok: true,
    value: {
      order,
      outRefundNo: out_refund_no,
      totalFee: total_fee,
      refundFee: refund_fee,
      subMchId: String(sub_mch_id),
      refundDesc: isNonEmptyString(data.refund_desc) ? data.refund_desc : null,
      envId: isNonEmptyString(data.env_id) ? data.env_id : null,
      functionName: isNonEmptyString(data.function_name) ? data.function_name : null,
    },
  }
}
