/**
 * Coupons (shopper: coupon centre, claim) and promotions (merchant: promotions, coupon templates,
 * campaigns, settings, stats). Strategy arguments are validated by each strategy's own zod schema
 * (domain/promotions/registry.ts) when a promotion is saved.
 */
import { z } from 'zod'
import { EditedVersion, Fen, Id, PageInput, VERSION_REQUIRED, versionedEdit, type Page, type Reason } from './common'

type FenT = number

export const CouponBenefitInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amountOff'), amountOffFen: Fen.min(1) }).strict(),
  z.object({ kind: z.literal('percentOff'), percent: z.number().int().min(10).max(99), capFen: Fen.min(1) }).strict(),
])
export type CouponBenefitInput = z.infer<typeof CouponBenefitInput>

export const ScopeInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('category'), ids: z.array(Id).min(1).max(50) }).strict(),
  z.object({ kind: z.literal('product'), ids: z.array(Id).min(1).max(200) }).strict(),
  z.object({ kind: z.literal('tag'), ids: z.array(z.string().trim().min(1).max(12)).min(1).max(20) }).strict(),
])

/** A coupon the shopper holds, as the coupon centre shows it. `state` is read now (past expiry → expired). */
export interface MyCoupon {
  couponId: string
  templateId: string
  name: string
  benefit: CouponBenefitInput
  thresholdFen: FenT
  scope: z.infer<typeof ScopeInput>
  freeShipping: boolean
  startAt: number
  expiresAt: number
  state: 'available' | 'locked' | 'used' | 'expired'
  /** Granted rather than claimed (e.g. a birthday gift): why. */
  reason: Reason | null
  orderId: string | null
}

/** A template the shopper may claim now. */
export interface ClaimableCoupon {
  templateId: string
  name: string
  benefit: CouponBenefitInput
  thresholdFen: FenT
  scope: z.infer<typeof ScopeInput>
  freeShipping: boolean
  validity: { kind: 'fixed'; startAt: number; endAt: number } | { kind: 'afterClaim'; days: number }
  /** How many more this shopper may claim. */
  left: number
  /** False when the total quantity is gone. */
  inStock: boolean
}

export const CouponCentreInput = z.object({}).strict()
export interface CouponCentreOutput {
  claimable: ClaimableCoupon[]
  mine: MyCoupon[]
}

export const CouponClaimInput = z.object({ templateId: Id }).strict()
export type CouponClaimOutput = MyCoupon

/** Served by the `shop` function, role shopper. */
export const COUPON_ACTIONS = { centre: 'coupons.centre', claim: 'coupons.claim' } as const

// ---- merchant ----

export const StrategyRefInput = z.object({ code: z.string().min(1).max(32), args: z.record(z.unknown()).default({}) }).strict()

const Window = { startAt: z.number().int().min(0), endAt: z.number().int().min(0) }


export const PromotionSaveInput = z
  .object({
    id: Id.optional(),
    ...EditedVersion,
    name: z.string().trim().min(1).max(40),
    ...Window,
    conditions: z.array(StrategyRefInput).max(10),
    actions: z.array(StrategyRefInput).min(1).max(5),
    exclusiveGroup: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/).optional(),
    priority: z.number().int().min(-100).max(100).optional(),
    campaignId: Id.optional(),
  })
  .strict()
  .refine((p) => p.endAt > p.startAt, { message: 'error.promotion.window', path: ['endAt'] })
  .refine(versionedEdit, VERSION_REQUIRED)
export type PromotionSaveInput = z.input<typeof PromotionSaveInput>

export const CouponTemplateSaveInput = z
  .object({
    id: Id.optional(),
    ...EditedVersion,
    name: z.string().trim().min(1).max(40),
    benefit: CouponBenefitInput,
    thresholdFen: Fen,
    scope: ScopeInput,
    freeShipping: z.boolean().default(false),
    validity: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('fixed'), ...Window }).strict(),
      z.object({ kind: z.literal('afterClaim'), days: z.number().int().min(1).max(365) }).strict(),
    ]),
    perUserLimit: z.number().int().min(1).max(10),
    totalQuantity: z.number().int().min(0).max(1_000_000),
    claimable: z.boolean(),
    segments: z.array(z.enum(['new', 'active', 'dormant', 'vip'])).max(4).default([]),
    ...Window,
  })
  .strict()
  .refine((p) => p.endAt > p.startAt, { message: 'error.promotion.window', path: ['endAt'] })
  .refine(versionedEdit, VERSION_REQUIRED)
export type CouponTemplateSaveInput = z.input<typeof CouponTemplateSaveInput>

export const PromotionSetStatusInput = z.object({ id: Id, status: z.enum(['active', 'paused']) }).strict()
export const PromotionListInput = PageInput.extend({ kind: z.enum(['promotion', 'couponTemplate', 'campaign']) })
export type PromotionListInput = z.input<typeof PromotionListInput>

export const PromotionSettingsInput = z
  .object({ floorPercent: z.number().int().min(0).max(100), firstOrderExclusive: z.boolean(), couponMaxAmountFen: Fen })
  .strict()

/** Per promotion / template: what it cost and brought (from order snapshots, cancelled orders excluded). */
export interface PromotionStats {
  orders: number
  /** Discount this promotion's lines gave, positive fen. */
  discountFen: FenT
  /** What those orders paid. */
  revenueFen: FenT
  /** Coupon templates: claimed, used. */
  claimed?: number
  used?: number
}

export interface PromotionRow {
  _id: string
  kind: 'promotion' | 'couponTemplate' | 'campaign'
  name: string
  status: 'active' | 'paused'
  startAt: number
  endAt: number
  /** The stored definition, for the edit form. */
  definition: Record<string, unknown>
  updatedAt: number
}
export type PromotionListOutput = Page<PromotionRow>

export const PromotionStatsInput = z.object({ id: Id }).strict()

/** Served by the `admin` function, permission promotions.write. */
export const PROMOTION_ADMIN_ACTIONS = {
  list: 'promotions.list',
  save: 'promotions.save',
  saveTemplate: 'promotions.saveTemplate',
  setStatus: 'promotions.setStatus',
  stats: 'promotions.stats',
  settings: 'promotions.settings',
  saveSettings: 'promotions.saveSettings',
} as const
