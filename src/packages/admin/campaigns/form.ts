/** The campaign form of the merchant's page, to and from the action's input. Pure; times are Shanghai wall-clock. */
import type { Campaign, CampaignProducts, CampaignSaveInput } from '../../../../cloudfunctions/contracts/campaign'
import { formatShanghai, SHANGHAI_OFFSET_MS } from '../../../../cloudfunctions/domain/time'

export interface CampaignForm {
  id?: string
  /** The version the form was loaded from: the save is refused if someone saved a newer one meanwhile. */
  expectedUpdatedAt?: number
  name: string
  headline: string
  copy: string
  color: string
  banner: string
  productsKind: CampaignProducts['kind']
  /** Product ids (comma-separated), a tag or a category id. */
  productsValue: string
  start: string
  end: string
  promotionIds: string[]
}

const PATTERN = 'YYYY-MM-DD HH:mm'

export function blankCampaignForm(now: number): CampaignForm {
  return { name: '', headline: '', copy: '', color: '#C0392B', banner: '', productsKind: 'tag', productsValue: '', start: formatShanghai(now, PATTERN), end: formatShanghai(now + 7 * 86_400_000, PATTERN), promotionIds: [] }
}

/** "2026-08-25 20:00" (Shanghai) → epoch ms; null when it is not such a time. */
export function parseShanghai(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text.trim())
  if (!m) return null
  const [y, mo, d, h, mi] = m.slice(1).map(Number)
  const ms = Date.UTC(y, mo - 1, d, h, mi) - SHANGHAI_OFFSET_MS
  return formatShanghai(ms, PATTERN) === text.trim() ? ms : null
}

export function campaignFormOf(c: Campaign): CampaignForm {
  const p = c.products
  return {
    id: c._id,
    expectedUpdatedAt: c.updatedAt,
    name: c.name,
    headline: c.headline,
    copy: c.copy,
    color: c.color,
    banner: c.banner,
    productsKind: p.kind,
    productsValue: p.kind === 'products' ? p.ids.join(', ') : p.kind === 'tag' ? p.tag : p.categoryId,
    start: formatShanghai(c.startAt, PATTERN),
    end: formatShanghai(c.endAt, PATTERN),
    promotionIds: [...c.promotionIds],
  }
}

/** The action's input, or null when a time is not YYYY-MM-DD HH:mm (the server checks everything else). */
export function campaignInputOf(f: CampaignForm): CampaignSaveInput | null {
  const startAt = parseShanghai(f.start)
  const endAt = parseShanghai(f.end)
  if (startAt === null || endAt === null) return null
  const value = f.productsValue.trim()
  const products: CampaignProducts =
    f.productsKind === 'products'
      ? { kind: 'products', ids: value.split(/[\s,，]+/).filter(Boolean) }
      : f.productsKind === 'tag'
        ? { kind: 'tag', tag: value }
        : { kind: 'category', categoryId: value }
  return {
    ...(f.id ? { id: f.id, expectedUpdatedAt: f.expectedUpdatedAt } : {}),
    name: f.name,
    headline: f.headline,
    copy: f.copy,
    color: f.color.trim(),
    banner: f.banner.trim(),
    products,
    startAt,
    endAt,
    promotionIds: f.promotionIds,
  }
}
