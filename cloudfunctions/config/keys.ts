/**
 * Every environment variable the shop reads, declared once: what it means, how it is validated, and
 * which default (if any) applies. Pure: no wx-server-sdk, no I/O — esbuild bundles this into every
 * function and the local cloud imports it too.
 */
import { z } from 'zod'

/** Which runtime is loading the config; decides defaults and where the fix-it hint points. */
export type ConfigWhere = 'local-cloud' | 'cloud-function'

export interface ConfigKeySpec {
  /** Environment variable name. */
  key: string
  /** Bilingual description shown next to a bad value, Chinese first. */
  about: string
  schema: z.ZodType<unknown, z.ZodTypeDef, string>
  /** A looser rule for the local cloud, whose placeholders are not real WeChat values. */
  localSchema?: z.ZodType<unknown, z.ZodTypeDef, string>
  /** Used in both runtimes when the variable is unset (business settings). */
  defaultValue?: string
  /** When true and unset: the local cloud uses LOCAL_DEFAULTS, a deployed function refuses to start. */
  required: boolean
}

const digits = (what: string, min: number, max: number) =>
  z.string().regex(new RegExp(`^\\d{${min},${max}}$`), `须为 ${min}–${max} 位数字 / ${what} must be ${min}–${max} digits`)

/** An integer setting given as text, e.g. "30", within a sensible range (why each range: see its key). */
const intSetting = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `须为整数 / must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `不能小于 ${min} / must be ≥ ${min}`).max(max, `不能大于 ${max} / must be ≤ ${max}`))

/** Subscribe-message template ids are opaque base64url-like strings (about 43 characters in practice). */
const templateId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, '须为 8–64 位字母、数字、_ 或 - / must be 8–64 letters, digits, _ or -')

/** A secret or account name: any visible characters, no spaces (a pasted trailing space is a classic). */
const token = z.string().regex(/^\S{4,128}$/, '须为 4–128 个非空白字符 / must be 4–128 characters without spaces')

export const TEMPLATE_KEYS = {
  orderPaid: 'JF_TMPL_ORDER_PAID',
  orderShipped: 'JF_TMPL_ORDER_SHIPPED',
  refundResult: 'JF_TMPL_REFUND_RESULT',
  unpaidReminder: 'JF_TMPL_UNPAID_REMINDER',
  ticketReply: 'JF_TMPL_TICKET_REPLY',
} as const
export type NoticeKind = keyof typeof TEMPLATE_KEYS

const templateAbout: Record<NoticeKind, string> = {
  orderPaid: '订阅消息模板：支付成功 / subscribe-message template: order paid',
  orderShipped: '订阅消息模板：订单发货 / subscribe-message template: order shipped',
  refundResult: '订阅消息模板：退款结果 / subscribe-message template: refund result',
  unpaidReminder: '订阅消息模板：待付款提醒 / subscribe-message template: unpaid order reminder',
  ticketReply: '订阅消息模板：客服回复 / subscribe-message template: customer-service reply',
}

export const CONFIG_KEYS: ConfigKeySpec[] = [
  {
    key: 'JF_ENV_ID',
    about: '云开发环境 ID / cloud environment id',
    schema: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{1,63}$/, '须以字母开头，仅含字母、数字、_ 或 - / must start with a letter; letters, digits, _ or - only'),
    required: true,
  },
  {
    key: 'JF_APPID',
    about: '小程序 AppID / mini program AppID',
    schema: z.string().regex(/^wx[0-9a-f]{16}$/, '须为 wx 开头的 18 位 AppID / must be wx followed by 16 hex characters'),
    // The local cloud's placeholder "wx-local" is no real AppID; nothing there talks to WeChat.
    localSchema: z.string().regex(/^wx[0-9a-z-]{1,30}$/, '须以 wx 开头 / must start with wx'),
    required: true,
  },
  {
    key: 'JF_PAY_SUB_MCH_ID',
    about: '微信支付子商户号 / WeChat Pay sub-merchant id',
    schema: digits('sub-merchant id', 8, 16),
    required: true,
  },
  ...(Object.keys(TEMPLATE_KEYS) as NoticeKind[]).map(
    (kind): ConfigKeySpec => ({ key: TEMPLATE_KEYS[kind], about: templateAbout[kind], schema: templateId, required: true }),
  ),
  {
    key: 'JF_OWNER_OPENID',
    about: '店主的 openid（首个管理员）/ owner openid (the first merchant admin)',
    schema: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, '须为 6–64 位字母、数字、_ 或 - / must be 6–64 letters, digits, _ or -'),
    required: true,
  },
  // Kuaidi100 is optional: without it, tracking uses WeChat 物流助手 only. Both or neither (checked below).
  { key: 'JF_KUAIDI100_CUSTOMER', about: '快递100 customer / Kuaidi100 customer id', schema: token, required: false },
  { key: 'JF_KUAIDI100_KEY', about: '快递100 授权 key / Kuaidi100 key', schema: token, required: false },
  {
    key: 'JF_MINIPROGRAM_STATE',
    about: '订阅消息跳转的小程序版本 / which mini program build subscribe messages open',
    schema: z.enum(['developer', 'trial', 'formal'], {
      errorMap: () => ({ message: '须为 developer、trial 或 formal / must be developer, trial or formal' }),
    }),
    defaultValue: 'formal',
    required: false,
  },
  {
    key: 'JF_UNPAID_TIMEOUT_MINUTES',
    about: '未付款订单自动取消（分钟）/ minutes before an unpaid order is cancelled',
    // ≥ 5: closeOrder is refused within 5 minutes of creation; ≤ 120: a prepay_id lives 2 h.
    schema: intSetting(5, 120),
    defaultValue: '30',
    required: false,
  },
  {
    key: 'JF_UNPAID_REMINDER_MINUTES',
    about: '下单后多少分钟提醒付款 / minutes after ordering to remind an unpaid buyer',
    schema: intSetting(1, 119),
    defaultValue: '15',
    required: false,
  },
  {
    key: 'JF_AUTO_COMPLETE_DAYS',
    about: '签收后自动完成（天）/ days after delivery before an order completes itself',
    schema: intSetting(1, 30),
    defaultValue: '7',
    required: false,
  },
  {
    key: 'JF_RECONCILE_AFTER_MINUTES',
    about: '未收到支付回调多少分钟后主动查单 / minutes without a pay callback before querying WeChat Pay',
    schema: intSetting(1, 60),
    defaultValue: '5',
    required: false,
  },
  {
    key: 'JF_AFTER_SALE_HANDLE_HOURS',
    about: '商家处理售后申请时限（小时），超时自动同意 / hours the merchant has to answer an after-sale request',
    // 48 h matches WeChat's own shops (platform-notes §12); above a week buyers wait too long.
    schema: intSetting(1, 168),
    defaultValue: '48',
    required: false,
  },
  {
    key: 'JF_AFTER_SALE_WINDOW_DAYS',
    about: '签收后可申请售后（天）/ days after delivery a buyer may still ask for after-sales',
    schema: intSetting(5, 30),
    defaultValue: '7',
    required: false,
  },
  {
    key: 'JF_RETURN_WAYBILL_DAYS',
    about: '买家填写退货单号时限（天）/ days a buyer has to enter the return waybill',
    schema: intSetting(1, 30),
    defaultValue: '7',
    required: false,
  },
  {
    key: 'JF_GROUP_BUY_HOURS',
    about: '拼团成团时限（小时）/ hours a group-buy has to fill before it is refunded',
    schema: intSetting(1, 72),
    defaultValue: '24',
    required: false,
  },
  {
    key: 'JF_LOW_STOCK_THRESHOLD',
    about: '库存预警阈值（件）/ stock level that flags a SKU as low',
    schema: intSetting(0, 10_000),
    defaultValue: '3',
    required: false,
  },
]

/**
 * What the local cloud uses for every required key, so `npm start` works on a fresh laptop. The sub
 * merchant id is WeChat Pay's documented sample number; none of these can reach real money.
 */
export const LOCAL_DEFAULTS: Readonly<Record<string, string>> = Object.freeze({
  JF_ENV_ID: 'local',
  JF_APPID: 'wx-local',
  JF_PAY_SUB_MCH_ID: '1900000109',
  JF_OWNER_OPENID: 'dev-owner',
  JF_TMPL_ORDER_PAID: 'local-tmpl-order-paid',
  JF_TMPL_ORDER_SHIPPED: 'local-tmpl-order-shipped',
  JF_TMPL_REFUND_RESULT: 'local-tmpl-refund-result',
  JF_TMPL_UNPAID_REMINDER: 'local-tmpl-unpaid-reminder',
  JF_TMPL_TICKET_REPLY: 'local-tmpl-ticket-reply',
  // Nobody is looking at a phone on a laptop run: messages go to the outbox as the developer build.
  JF_MINIPROGRAM_STATE: 'developer',
})
