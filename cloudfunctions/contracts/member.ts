import { z } from 'zod'
import { Fen, PageInput, type Page, type Reason, type StaffRole } from './common'
import type { Segment } from '../domain/membership/member-pricing'

/**
 * A level key. The shop's defaults are 'quartz' | 'amethyst' | 'citrine' | 'diamond' (translated by the
 * client's `level.*` keys); the merchant may rename levels or add others in settings/membership, so a
 * stored key is any string the settings name.
 */
export type DefaultMemberLevel = 'quartz' | 'amethyst' | 'citrine' | 'diamond'
export type MemberLevel = DefaultMemberLevel | (string & {})

export interface MemberBirthday {
  month: number
  day: number
}

export interface Member {
  _id: string
  openid: string
  nickname: string
  /** Cloud file id (weapp) or /files/ path (local cloud) of the avatar the shopper chose; null = default. */
  avatar?: string | null
  level: MemberLevel
  /** Beijing calendar year the level was reached or last confirmed (no mid-year downgrade, see domain/membership/levels.ts). */
  levelYear?: number
  /** Points balance; written only by services/member/member-ledger.ts, the sum of the member's ledger. */
  points: number
  /** Completed orders' paid amounts net of refunds, fen. */
  spentFen?: number
  /** Paid orders not fully refunded. */
  paidOrderCount?: number
  lastPaidAt?: number | null
  segment?: Segment
  rfm?: { r: number; f: number; m: number }
  birthday?: MemberBirthday | null
  /** 'MM-DD' of `birthday` (indexed: the birthday job's look-up). */
  birthdayMd?: string | null
  /** Beijing year of the last change of an already set birthday (changes: once a year). */
  birthdayChangedYear?: number | null
  /** The phone WeChat verified; only ever sent back to its owner. */
  phone?: string | null
  phoneMasked?: string | null
  /** Wrist circumference in whole mm (member.setWrist); the bracelet pages and the DIY builder read it. */
  wristMm?: number | null
  /** When the oldest live credit expires (the nightly expiry job looks at members due). */
  nextPointsExpiryAt?: number | null
  /** Beijing day of the last nightly membership pass over this member. */
  nightlyDay?: string | null
  createdAt: number
  updatedAt: number
}

export const MeProfileInput = z.object({}).strict()

export interface LevelView {
  key: MemberLevel
  /** The merchant's name for the level (their own word). */
  name: string
  thresholdFen: number
  discountPercent: number
  freeShipping: boolean
  birthdayCouponFen: number
}

export type MeProfileOutput = Pick<Member, 'openid' | 'nickname' | 'level' | 'points' | 'createdAt'> & {
  isStaff: boolean
  staffRole: StaffRole | null
  avatar: string | null
  levelInfo: LevelView
  /** Where the spend stands against the next level; `next` null at the top. */
  progress: { spentFen: number; next: LevelView | null; toNextFen: number; percent: number }
  birthday: MemberBirthday | null
  /** Wrist circumference in mm the shopper set with the fit helper, or null. */
  wristMm: number | null
  /** False while a changed birthday may not be changed again this year. */
  birthdayChangeable: boolean
  /** The caller's own phone, masked and in full (nobody else is ever sent either). */
  phoneMasked: string | null
  phone: string | null
  /** Orders by the order list's tabs: 待付款 / 待发货 / 待收货 / 售后. */
  orderCounts: { pending_payment: number; to_ship: number; to_receive: number; after_sale: number }
  favoriteCount: number
  /** Coupons usable now (available, not expired). */
  couponCount: number
  browseCount: number
}

export const MeUpdateProfileInput = z
  .object({
    nickname: z.string().trim().min(1).max(20).optional(),
    /** The uploaded avatar: a cloud file id or a local-cloud /files/ path. */
    avatar: z.string().regex(/^(cloud:\/\/[A-Za-z0-9._/-]{1,300}|\/files\/[A-Za-z0-9._/-]{1,200})$/, 'error.input.avatar').optional(),
    birthday: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).strict().optional(),
    /** What `Taro.requestSubscribeMessage` answered for the birthday template, when the page asked. */
    birthdayConsent: z.enum(['accept', 'reject', 'ban', 'filter']).optional(),
  })
  .strict()
export type MeUpdateProfileInput = z.input<typeof MeUpdateProfileInput>
export type MeUpdateProfileOutput = MeProfileOutput

/** The code `button open-type="getPhoneNumber"` hands the page; exchanged in the cloud (docs/platform-facts.md). */
export const MeBindPhoneInput = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, 'error.input.phoneCode') }).strict()
export type MeBindPhoneInput = z.input<typeof MeBindPhoneInput>
export type MeBindPhoneOutput = { phoneMasked: string }

export type PointsEntryKind = 'earn' | 'reverse' | 'redeem' | 'release' | 'return' | 'expire'

export interface PointsEntry {
  _id: string
  openid: string
  /** What made the change, unique per member: exactly once per source event. */
  sourceKey: string
  kind: PointsEntryKind
  /** Signed: + credit, − debit. */
  points: number
  balanceAfter: number
  reason: Reason
  orderId: string | null
  createdAt: number
}

export const MeLedgerInput = PageInput.strict()
export type MeLedgerInput = z.input<typeof MeLedgerInput>
export type MeLedgerOutput = Page<Omit<PointsEntry, 'openid' | 'sourceKey'>> & { balance: number; nextExpiryAt: number | null }

/** Follows: a material (attrs.material) or a tag, to hear about new arrivals. Shopper's words: ≤ 20 chars. */
export const FollowTarget = z.object({ kind: z.enum(['material', 'tag']), value: z.string().trim().min(1).max(20) }).strict()
export type FollowTarget = z.infer<typeof FollowTarget>

export interface Follow {
  _id: string
  openid: string
  kind: FollowTarget['kind']
  value: string
  createdAt: number
}

export const FollowsListInput = z.object({}).strict()
export type FollowsListOutput = { items: Pick<Follow, '_id' | 'kind' | 'value' | 'createdAt'>[]; suggestions: string[] }

export const FollowsSetInput = z
  .object({
    target: FollowTarget,
    following: z.boolean(),
    /** What `Taro.requestSubscribeMessage` answered for the new-arrival template, if it was asked. */
    consent: z.enum(['accept', 'reject', 'ban', 'filter']).optional(),
  })
  .strict()
export type FollowsSetInput = z.input<typeof FollowsSetInput>
export type FollowsSetOutput = FollowsListOutput

export const MAX_FOLLOWS = 30

// ---- merchant side ----

export const LevelRuleInput = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]{1,19}$/, 'error.input.levelKey'),
    name: z.string().trim().min(1).max(10),
    thresholdFen: Fen,
    discountPercent: z.number().int().min(50).max(100),
    freeShipping: z.boolean(),
    birthdayCouponFen: Fen.max(100_000),
  })
  .strict()

export const MembershipSettingsInput = z
  .object({
    levels: z.array(LevelRuleInput).min(1).max(8),
    points: z
      .object({
        earnPerYuan: z.number().int().min(0).max(100),
        fenPerPoint: z.number().int().min(1).max(100),
        maxSharePercent: z.number().int().min(0).max(100),
        expireDays: z.number().int().min(0).max(3650),
      })
      .strict(),
    downgradeMidYear: z.boolean(),
  })
  .strict()
export type MembershipSettingsInput = z.input<typeof MembershipSettingsInput>

export const MembershipSettingsGetInput = z.object({}).strict()

export const MembershipSegmentsInput = z.object({}).strict()
export interface MembershipSegmentsOutput {
  /** Member counts as of the last nightly run (`computedDay`, Beijing day; null before the first). */
  sizes: Record<Segment, number>
  computedDay: string | null
  total: number
}

/** Send a coupon to every member of a segment (as of the last nightly run); once per (campaign, member). */
export const MembershipSegmentCouponInput = z
  .object({
    campaignId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'error.input.campaignId'),
    segment: z.enum(['new', 'active', 'dormant', 'vip']),
    coupon: z.union([
      z.object({ templateId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'error.input.id') }).strict(),
      z.object({ amountOffFen: Fen.min(1).max(100_000), thresholdFen: Fen, validDays: z.number().int().min(1).max(365) }).strict(),
    ]),
  })
  .strict()
export type MembershipSegmentCouponInput = z.input<typeof MembershipSegmentCouponInput>
export interface MembershipSegmentCouponOutput {
  campaignId: string
  /** Members queued for the coupon by this call (0 on a repeat). */
  queued: number
  /** Members of the segment when the campaign was first sent. */
  members: number
}
