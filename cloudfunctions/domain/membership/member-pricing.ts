/**
 * What the pricing engine needs to know about a shopper, and the membership rules it applies. Pure.
 * The membership code owns how these are computed (levels from spend, segments, points balance); the
 * promotions code only reads them. CONTRACT between the two: the shapes below; `memberPricingOf` and
 * `redeemablePoints` are filled in by the membership work (until then: entry level, no points).
 */
type Fen = number

export type Segment = 'new' | 'active' | 'dormant' | 'vip'

/** One level as the merchant sets it in settings/membership. `name` is the merchant's own word (e.g. 紫水晶). */
export interface LevelRule {
  key: string
  name: string
  /** Cumulative paid spend, net of refunds, from which this level holds. The first level has 0. */
  thresholdFen: Fen
  /** Member price as percent of list price: 95 = 9.5折, 100 = no member price. */
  discountPercent: number
  freeShipping: boolean
  birthdayCouponFen: Fen
}

export interface PointsRule {
  /** Points earned per whole yuan paid when an order completes. */
  earnPerYuan: number
  /** Value of one point at checkout, in fen (1 = 100 points per yuan). */
  fenPerPoint: number
  /** Points may pay at most this percent of the goods after other discounts. */
  maxSharePercent: number
  /** Points expire this many days after they were earned; 0 = never. */
  expireDays: number
}

/** settings/membership, as stored; defaults apply where a field is absent. */
export interface MembershipSettings {
  levels: LevelRule[]
  points: PointsRule
  /** When false (default), a member keeps a level reached this calendar year even if refunds lower the spend. */
  downgradeMidYear: boolean
}

export const DEFAULT_MEMBERSHIP_SETTINGS: MembershipSettings = Object.freeze({
  levels: [
    { key: 'quartz', name: '白水晶', thresholdFen: 0, discountPercent: 100, freeShipping: false, birthdayCouponFen: 1000 },
    { key: 'amethyst', name: '紫水晶', thresholdFen: 100_000, discountPercent: 98, freeShipping: false, birthdayCouponFen: 2000 },
    { key: 'citrine', name: '黄水晶', thresholdFen: 500_000, discountPercent: 95, freeShipping: true, birthdayCouponFen: 5000 },
    { key: 'diamond', name: '钻石', thresholdFen: 2_000_000, discountPercent: 90, freeShipping: true, birthdayCouponFen: 10_000 },
  ],
  points: { earnPerYuan: 1, fenPerPoint: 1, maxSharePercent: 20, expireDays: 365 },
  downgradeMidYear: false,
}) as MembershipSettings

/** The shopper as the pricing engine sees them. */
export interface MemberPricing {
  levelKey: string
  levelName: string
  /** 100 = no member price. */
  discountPercent: number
  freeShipping: boolean
  pointsBalance: number
  /** Paid orders not fully refunded; 0 makes the shopper eligible for first-order offers. */
  paidOrderCount: number
  segment: Segment
}

/** A member record as stored in `members` (only the fields pricing reads; all optional on old records). */
export interface MemberPricingFields {
  level?: string
  points?: number
  paidOrderCount?: number
  segment?: Segment
}

export function memberPricingOf(member: MemberPricingFields | null, settings: MembershipSettings = DEFAULT_MEMBERSHIP_SETTINGS): MemberPricing {
  const level = settings.levels.find((l) => l.key === member?.level) ?? settings.levels[0]
  return {
    levelKey: level.key,
    levelName: level.name,
    discountPercent: level.discountPercent,
    freeShipping: level.freeShipping,
    pointsBalance: Math.max(0, member?.points ?? 0),
    paidOrderCount: member?.paidOrderCount ?? 0,
    segment: member?.segment ?? ((member?.paidOrderCount ?? 0) > 0 ? 'active' : 'new'),
  }
}

/**
 * How many of the requested points may pay for goods worth `goodsAfterDiscountsFen`, and what they are
 * worth: never more than the balance, never more than `maxSharePercent` of the goods, whole points only.
 */
export function redeemablePoints(requested: number, balance: number, goodsAfterDiscountsFen: Fen, rule: PointsRule): { points: number; discountFen: Fen } {
  if (!(requested > 0) || !(balance > 0) || rule.fenPerPoint <= 0) return { points: 0, discountFen: 0 }
  const capFen = Math.floor((goodsAfterDiscountsFen * rule.maxSharePercent) / 100)
  const points = Math.max(0, Math.min(Math.floor(requested), Math.floor(balance), Math.floor(capFen / rule.fenPerPoint)))
  return { points, discountFen: points * rule.fenPerPoint }
}

/**
 * settings/membership as stored → the settings in force: absent fields take the defaults, levels are
 * sorted by threshold with the first at 0, and a malformed stored value never breaks pricing.
 */
export function membershipSettingsOf(raw: Partial<MembershipSettings> | null | undefined): MembershipSettings {
  const d = DEFAULT_MEMBERSHIP_SETTINGS
  const levels = Array.isArray(raw?.levels) && raw!.levels.length > 0 ? raw!.levels : d.levels
  const sorted = [...levels].sort((a, b) => a.thresholdFen - b.thresholdFen).map((l, i) => (i === 0 ? { ...l, thresholdFen: 0 } : { ...l }))
  return {
    levels: sorted,
    points: { ...d.points, ...(raw?.points ?? {}) },
    downgradeMidYear: typeof raw?.downgradeMidYear === 'boolean' ? raw.downgradeMidYear : d.downgradeMidYear,
  }
}
