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
  /** What the value is, for the operator reading the function log (clients get message keys only). */
  about: string
  schema: z.ZodType<unknown, z.ZodTypeDef, string>
  /** A looser rule for the local cloud, whose placeholders are not real WeChat values. */
  localSchema?: z.ZodType<unknown, z.ZodTypeDef, string>
  /** Used in both runtimes when the variable is unset (business settings). */
  defaultValue?: string
  /**
   * When true and unset: the local cloud uses LOCAL_DEFAULTS, a deployed function refuses to start.
   * Only keys a built feature reads are required; a feature not built yet keeps its keys optional.
   */
  required: boolean
}

const digits = (min: number, max: number) => z.string().regex(new RegExp(`^\\d{${min},${max}}$`), `must be ${min}–${max} digits`)

/** An integer setting given as text, e.g. "30", within a sensible range (why each range: see its key). */
const intSetting = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be ≥ ${min}`).max(max, `must be ≤ ${max}`))

/** Subscribe-message template ids are opaque base64url-like strings (about 43 characters in practice). */
const templateId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, _ or -')

/** A secret or account name: any visible characters, no spaces (a pasted trailing space is a classic). */
const token = z.string().regex(/^\S{4,128}$/, 'must be 4–128 characters without spaces')

export const TEMPLATE_KEYS = {
  orderPaid: 'JF_TMPL_ORDER_PAID',
  orderShipped: 'JF_TMPL_ORDER_SHIPPED',
  refundResult: 'JF_TMPL_REFUND_RESULT',
  unpaidReminder: 'JF_TMPL_UNPAID_REMINDER',
  ticketReply: 'JF_TMPL_TICKET_REPLY',
  outForDelivery: 'JF_TMPL_OUT_FOR_DELIVERY',
  parcelSigned: 'JF_TMPL_PARCEL_SIGNED',
  groupResult: 'JF_TMPL_GROUP_RESULT',
  birthday: 'JF_TMPL_BIRTHDAY',
  newArrival: 'JF_TMPL_NEW_ARRIVAL',
  staffReminder: 'JF_TMPL_STAFF_REMINDER',
} as const
export type NoticeKind = keyof typeof TEMPLATE_KEYS

const templateAbout: Record<NoticeKind, string> = {
  orderPaid: 'subscribe-message template: order paid',
  orderShipped: 'subscribe-message template: order shipped',
  refundResult: 'subscribe-message template: refund result',
  unpaidReminder: 'subscribe-message template: unpaid order reminder',
  ticketReply: 'subscribe-message template: customer-service reply',
  outForDelivery: 'subscribe-message template: parcel out for delivery',
  parcelSigned: 'subscribe-message template: parcel signed for',
  groupResult: 'subscribe-message template: group-buy result (formed or failed and refunded)',
  birthday: 'subscribe-message template: birthday greeting with coupon',
  newArrival: 'subscribe-message template: new arrival of a followed material or tag',
  staffReminder: 'subscribe-message template: a reminder to staff (low stock, unshipped order, after-sale, ticket, payment, quality)',
}

export const CONFIG_KEYS: ConfigKeySpec[] = [
  {
    key: 'JF_ENV_ID',
    about: 'cloud environment id',
    schema: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{1,63}$/, 'must start with a letter; letters, digits, _ or - only'),
    required: true,
  },
  {
    key: 'JF_APPID',
    about: 'mini program AppID',
    schema: z.string().regex(/^wx[0-9a-f]{16}$/, 'must be wx followed by 16 hex characters'),
    // The local cloud's placeholder "wx-local" is no real AppID; nothing there talks to WeChat.
    localSchema: z.string().regex(/^wx[0-9a-z-]{1,30}$/, 'must start with wx'),
    required: true,
  },
  {
    key: 'JF_PAY_SUB_MCH_ID',
    about: 'WeChat Pay sub-merchant id',
    schema: digits(8, 16),
    required: true,
  },
  // Optional: a notice whose template is unset is skipped (services/effects/notify.effect.ts sends
  // orderShipped and refundResult; the other notices are not built yet).
  ...(Object.keys(TEMPLATE_KEYS) as NoticeKind[]).map(
    (kind): ConfigKeySpec => ({ key: TEMPLATE_KEYS[kind], about: templateAbout[kind], schema: templateId, required: false }),
  ),
  {
    key: 'JF_OWNER_OPENID',
    about: 'owner openid (the first merchant admin)',
    schema: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'must be 6–64 letters, digits, _ or -'),
    required: true,
  },
  // Kuaidi100: optional, both or neither (checked in load-config); JF_CARRIER=kuaidi100 needs them.
  { key: 'JF_KUAIDI100_CUSTOMER', about: 'Kuaidi100 customer id', schema: token, required: false },
  { key: 'JF_KUAIDI100_KEY', about: 'Kuaidi100 key', schema: token, required: false },
  {
    key: 'JF_CARRIER',
    about: 'tracking adapter: kuaidi100 or wechat (the local cloud also knows simulated, its default)',
    // Unset in the cloud: kuaidi100 when its account is set, else wechat (物流助手). The simulated
    // carrier exists only in the local cloud.
    schema: z.enum(['kuaidi100', 'wechat']),
    localSchema: z.enum(['simulated', 'kuaidi100', 'wechat']),
    required: false,
  },
  {
    key: 'JF_KUAIDI100_CALLBACK_URL',
    about: 'public HTTPS address of the carrierNotify function (HTTP access) that Kuaidi100 pushes to',
    schema: z.string().regex(/^https:\/\/[^\s]{4,480}$/, 'must be an https:// address'),
    localSchema: z.string().regex(/^https?:\/\/[^\s]{4,480}$/, 'must be an http(s):// address'),
    required: false,
  },
  { key: 'JF_KUAIDI100_SALT', about: 'Kuaidi100 push signing salt (any random text you choose)', schema: token, required: false },
  {
    key: 'JF_KUAIDI100_API_BASE',
    about: 'Kuaidi100 API base address (tests point it at a local stub)',
    schema: z.string().regex(/^https:\/\/[^\s]{4,200}$/, 'must be an https:// address'),
    localSchema: z.string().regex(/^https?:\/\/[^\s]{4,200}$/, 'must be an http(s):// address'),
    defaultValue: 'https://poll.kuaidi100.com',
    required: false,
  },
  {
    key: 'JF_LOGISTICS_STALL_DAYS',
    about: 'days without a new tracking node before the merchant is told a parcel is stuck',
    schema: intSetting(1, 15),
    defaultValue: '3',
    required: false,
  },
  {
    key: 'JF_UNPAID_TIMEOUT_MINUTES',
    about: 'minutes before an unpaid order is cancelled',
    // ≥ 5: closeOrder is refused within 5 minutes of creation; ≤ 120: a prepay_id lives 2 h.
    schema: intSetting(5, 120),
    defaultValue: '30',
    required: false,
  },
  {
    key: 'JF_AUTO_COMPLETE_DAYS',
    about: 'days after delivery before an order completes itself',
    schema: intSetting(1, 30),
    defaultValue: '7',
    required: false,
  },
  {
    key: 'JF_RECONCILE_AFTER_MINUTES',
    about: 'minutes without a pay callback before querying WeChat Pay',
    schema: intSetting(1, 60),
    defaultValue: '5',
    required: false,
  },
  {
    key: 'JF_AFTER_SALE_WINDOW_DAYS',
    about: 'days after delivery a buyer may still ask for after-sales',
    schema: intSetting(5, 30),
    defaultValue: '7',
    required: false,
  },
  {
    key: 'JF_AFTER_SALE_AUTO_APPROVE_HOURS',
    about: 'hours an after-sale request may wait for the merchant before it is approved automatically',
    // WeChat's own shop approves after 48 h; ≥ 24 gives a merchant one working day, ≤ 168 one week.
    schema: intSetting(24, 168),
    defaultValue: '48',
    required: false,
  },
  {
    key: 'JF_AFTER_SALE_REMIND_HOURS',
    about: 'hours before an after-sale deadline (auto-approve, auto-confirm of a returned parcel) the merchant is reminded',
    schema: intSetting(1, 72),
    defaultValue: '24',
    required: false,
  },
  {
    key: 'JF_RETURN_SHIP_DAYS',
    about: 'days the buyer has to send the return parcel after approval before the request closes',
    schema: intSetting(3, 30),
    defaultValue: '7',
    required: false,
  },
  {
    key: 'JF_RETURN_CONFIRM_DAYS',
    about: "days after the buyer's return waybill before the returned parcel is confirmed automatically",
    schema: intSetting(3, 30),
    defaultValue: '10',
    required: false,
  },
  {
    key: 'JF_LOW_STOCK_DEFAULT',
    about: 'stock at or below which a SKU without its own threshold counts as low',
    schema: intSetting(0, 999),
    defaultValue: '3',
    required: false,
  },
  {
    key: 'JF_UNSHIPPED_REMIND_HOURS',
    about: 'hours a paid order may wait for shipping before staff are reminded',
    schema: intSetting(1, 168),
    defaultValue: '24',
    required: false,
  },
  {
    key: 'JF_QUALITY_RATE_PERMILLE',
    about: 'after-sales per 1000 units sold over 30 days above which a product is flagged for quality',
    schema: intSetting(1, 1000),
    defaultValue: '100',
    required: false,
  },
  {
    key: 'JF_QUALITY_MIN_UNITS',
    about: 'units sold over 30 days a product needs before its after-sales rate is judged',
    schema: intSetting(1, 1000),
    defaultValue: '5',
    required: false,
  },
]

/**
 * What the local cloud uses for every required key (and the template ids, so notices reach the dev
 * outbox), so `npm start` works on a fresh laptop. The sub
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
  JF_TMPL_OUT_FOR_DELIVERY: 'local-tmpl-out-for-delivery',
  JF_TMPL_PARCEL_SIGNED: 'local-tmpl-parcel-signed',
  JF_TMPL_STAFF_REMINDER: 'local-tmpl-staff-reminder',
  JF_CARRIER: 'simulated',
})
