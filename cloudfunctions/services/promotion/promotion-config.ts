/**
 * What pricing needs from the shop, read once per function instance and kept 30 s (like the shipping
 * rule): the settings singletons (shipping, membership, promotions) and every active promotion and coupon
 * template (holiday campaigns live in their own collection, services/campaign). The checkout reads it piggybacked on the shopper's own aggregate when it is
 * stale (services/promotion/checkout-pricing.ts), so a quote pays no extra round trip for it.
 */
import { DEFAULT_MEMBERSHIP_SETTINGS, type MembershipSettings } from '../../domain/membership/member-pricing'
import { promotionSettingsOf, type CouponTemplateDef, type PromotionDef, type PromotionSettings } from '../../domain/promotions/model'
import { DEFAULT_SHIPPING_RULE, type ShippingRule } from '../../domain/pricing'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'

export const CONFIG_TTL_MS = 30_000
export const SETTINGS_IDS = ['shipping', 'membership', 'promotions'] as const
/** At most this many active promotions and templates are read (far above a shop's need). */
export const ACTIVE_LIMIT = 200

export interface PricingConfig {
  shipping: ShippingRule
  membership: MembershipSettings
  promotion: PromotionSettings
  promotions: PromotionDef[]
  templates: CouponTemplateDef[]
}

type Stored = { _id: string } & Record<string, unknown>

export function configFrom(settings: readonly Stored[], active: readonly Stored[]): PricingConfig {
  const byId = new Map(settings.map((s) => [s._id, s]))
  const ship = (byId.get('shipping') ?? {}) as Partial<ShippingRule>
  const membership = byId.get('membership') as Partial<MembershipSettings> | undefined
  return {
    shipping: {
      freeOverFen: Number.isSafeInteger(ship.freeOverFen) ? ship.freeOverFen! : DEFAULT_SHIPPING_RULE.freeOverFen,
      feeFen: Number.isSafeInteger(ship.feeFen) ? ship.feeFen! : DEFAULT_SHIPPING_RULE.feeFen,
    },
    membership: {
      levels: Array.isArray(membership?.levels) && membership.levels.length ? membership.levels : DEFAULT_MEMBERSHIP_SETTINGS.levels,
      points: { ...DEFAULT_MEMBERSHIP_SETTINGS.points, ...(membership?.points ?? {}) },
      downgradeMidYear: membership?.downgradeMidYear ?? DEFAULT_MEMBERSHIP_SETTINGS.downgradeMidYear,
    },
    promotion: promotionSettingsOf(byId.get('promotions') as Partial<PromotionSettings> | undefined),
    promotions: active.filter((p) => p.kind === 'promotion') as unknown as PromotionDef[],
    templates: active.filter((p) => p.kind === 'couponTemplate') as unknown as CouponTemplateDef[],
  }
}

let cached: { config: PricingConfig; at: number } | null = null

export function cachedConfig(now: number): PricingConfig | null {
  return cached && now - cached.at < CONFIG_TTL_MS && now >= cached.at ? cached.config : null
}

export function rememberConfig(config: PricingConfig, now: number): PricingConfig {
  cached = { config, at: now }
  return config
}

/** After a merchant's write in this instance: the next read goes to the database. */
export function forgetConfig(): void {
  cached = null
}

/** The query parts, for callers that fold them into an aggregate's lookups. */
export const activeFilter = () => ({ status: 'active' })
export const settingsFilter = () => ({ _id: db().command.in([...SETTINGS_IDS]) })

/** Standalone read (two requests) for paths without a shopper aggregate: coupon centre, product countdown. */
export async function pricingConfig(now: number): Promise<PricingConfig> {
  const hit = cachedConfig(now)
  if (hit) return hit
  const [settings, active] = await Promise.all([
    db().collection(COLLECTION.settings).where(settingsFilter()).limit(10).get(),
    db().collection(COLLECTION.promotions).where(activeFilter()).limit(ACTIVE_LIMIT).get(),
  ])
  return rememberConfig(configFrom(settings.data as Stored[], active.data as Stored[]), now)
}
