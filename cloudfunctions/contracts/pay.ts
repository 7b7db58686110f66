import { z } from 'zod'

/**
 * The v2 payment notification as cloudPay delivers it to the callback function (camelCase). Only the
 * fields we rely on are required; WeChat may add more, so unknown keys pass through.
 */
export const PayNotification = z
  .object({
    returnCode: z.string().max(16),
    resultCode: z.string().max(16).optional(),
    outTradeNo: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
    transactionId: z.string().max(64).optional(),
    totalFee: z.number().int().min(0).max(1_000_000_000).optional(),
    openid: z.string().max(128).optional(),
    subOpenid: z.string().max(128).optional(),
    timeEnd: z.string().max(14).optional(),
    attach: z.string().max(127).optional(),
  })
  .passthrough()
export type PayNotification = z.infer<typeof PayNotification>

/** What the pay platform needs back: anything but errcode 0 makes WeChat retry for two days. */
export interface PayCallbackReply {
  errcode: number
  errmsg: string
}

/**
 * The v2 refund notification as cloudPay delivers it (camelCase; no attach). It reaches the same
 * payNotify function; the entry tells them apart by `outRefundNo` / `refundStatus`.
 */
export const RefundNotification = z
  .object({
    returnCode: z.string().max(16),
    outTradeNo: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/).optional(),
    outRefundNo: z.string().regex(/^[A-Za-z0-9_|*@-]{1,64}$/),
    refundId: z.string().max(64).optional(),
    refundFee: z.number().int().min(0).max(1_000_000_000).optional(),
    totalFee: z.number().int().min(0).max(1_000_000_000).optional(),
    refundStatus: z.enum(['SUCCESS', 'CHANGE', 'REFUNDCLOSE']),
    successTime: z.string().max(32).optional(),
  })
  .passthrough()
export type RefundNotification = z.infer<typeof RefundNotification>

/** True when a payNotify event is a refund notification rather than a payment one. */
export function isRefundNotification(event: unknown): boolean {
  if (!event || typeof event !== 'object') return false
  const e = event as Record<string, unknown>
  return typeof e.outRefundNo === 'string' || typeof e.refundStatus === 'string' || typeof e.outRefundNo_0 === 'string'
}
