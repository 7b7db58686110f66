/** The quick forms of the promotions page, turned into the actions' inputs. Pure; yuan text → fen once. */
import type { CouponTemplateSaveInput, PromotionRow, PromotionSaveInput } from '../../../../cloudfunctions/contracts/promotion'
import { fenToYuanPlain, yuanTextToFen } from '../../../../cloudfunctions/domain/money'

const DAY = 86_400_000
export type QuickKind = 'fullReduction' | 'percent' | 'firstOrder' | 'template'

export interface QuickForm {
  name: string
  threshold: string
  amount: string
  percent: string
  days: string
  total: string
  perUser: string
  freeShipping: boolean
}

export const EMPTY_FORM: QuickForm = { name: '', threshold: '', amount: '', percent: '', days: '7', total: '0', perUser: '1', freeShipping: false }

const fen = (text: string) => (text.trim() === '' ? 0 : yuanTextToFen(text))
const int = (text: string) => Number.parseInt(text, 10) || 0

/** Runs 30 days from now; the merchant pauses it earlier if they want. */
export function promotionInput(kind: Exclude<QuickKind, 'template'>, f: QuickForm, now: number): PromotionSaveInput {
  const window = { startAt: now, endAt: now + 30 * DAY }
  const name = f.name.trim()
  if (kind === 'fullReduction') {
    return { name, ...window, conditions: [{ code: 'minAmount', args: { amountFen: fen(f.threshold) } }], actions: [{ code: 'amountOff', args: { amountFen: fen(f.amount) } }] }
  }
  if (kind === 'percent') return { name, ...window, conditions: [], actions: [{ code: 'percentOff', args: { percent: int(f.percent) } }] }
  return { name, ...window, conditions: [{ code: 'firstOrder', args: {} }], actions: [{ code: 'amountOff', args: { amountFen: fen(f.amount) } }] }
}

export function templateInput(f: QuickForm, now: number): CouponTemplateSaveInput {
  return {
    name: f.name.trim(),
    benefit: { kind: 'amountOff', amountOffFen: fen(f.amount) },
    thresholdFen: fen(f.threshold),
    scope: { kind: 'all' },
    freeShipping: f.freeShipping,
    validity: { kind: 'afterClaim', days: int(f.days) },
    perUserLimit: int(f.perUser),
    totalQuantity: int(f.total),
    claimable: true,
    segments: [],
    startAt: now,
    endAt: now + 30 * DAY,
  }
}

// ---- editing a stored promotion or template (prefilled; what the quick form cannot show is kept) ----

type Ref = { code: string; args?: Record<string, unknown> }
const yuan = (fen: unknown) => (Number.isSafeInteger(fen) ? fenToYuanPlain(fen as number) : '')
const codes = (refs: Ref[]) => refs.map((r) => r.code).join('+')

/** The quick kind a stored promotion was made with, or null when the quick form cannot show it (name only). */
export function quickKindOf(row: PromotionRow): QuickKind | null {
  if (row.kind === 'couponTemplate') return 'template'
  const d = row.definition as { conditions?: Ref[]; actions?: Ref[] }
  const shape = `${codes(d.conditions ?? [])}|${codes(d.actions ?? [])}`
  if (shape === 'minAmount|amountOff') return 'fullReduction'
  if (shape === '|percentOff') return 'percent'
  if (shape === 'firstOrder|amountOff') return 'firstOrder'
  return null
}

/** The edit form, prefilled from the stored row. */
export function formOfRow(row: PromotionRow): QuickForm {
  const d = row.definition as Record<string, unknown> & { conditions?: Ref[]; actions?: Ref[] }
  const form: QuickForm = { ...EMPTY_FORM, name: row.name }
  if (row.kind === 'couponTemplate') {
    const benefit = d.benefit as { kind: string; amountOffFen?: number } | undefined
    const validity = d.validity as { kind: string; days?: number } | undefined
    return {
      ...form,
      threshold: yuan(d.thresholdFen),
      amount: benefit?.kind === 'amountOff' ? yuan(benefit.amountOffFen) : '',
      days: validity?.kind === 'afterClaim' ? String(validity.days) : EMPTY_FORM.days,
      total: String(d.totalQuantity ?? 0),
      perUser: String(d.perUserLimit ?? 1),
      freeShipping: !!d.freeShipping,
    }
  }
  const cond = (code: string) => d.conditions?.find((c) => c.code === code)?.args ?? {}
  const act = (code: string) => d.actions?.find((a) => a.code === code)?.args ?? {}
  return { ...form, threshold: yuan(cond('minAmount').amountFen), amount: yuan(act('amountOff').amountFen), percent: String(act('percentOff').percent ?? '') }
}

/** Save input of an edited automatic promotion: same id and window, the quick fields replaced. */
export function promotionEditInput(row: PromotionRow, f: QuickForm): PromotionSaveInput {
  const d = row.definition as { conditions: Ref[]; actions: Ref[]; exclusiveGroup?: string; priority?: number; campaignId?: string }
  const kind = quickKindOf(row)
  const rebuilt = kind && kind !== 'template' ? promotionInput(kind, f, 0) : { conditions: d.conditions, actions: d.actions }
  return {
    id: row._id,
    expectedUpdatedAt: row.updatedAt,
    name: f.name.trim(),
    startAt: row.startAt,
    endAt: row.endAt,
    conditions: rebuilt.conditions,
    actions: rebuilt.actions,
    ...(d.exclusiveGroup ? { exclusiveGroup: d.exclusiveGroup } : {}),
    ...(d.priority !== undefined ? { priority: d.priority } : {}),
    ...(d.campaignId ? { campaignId: d.campaignId } : {}),
  }
}

/** Save input of an edited coupon template: same id, window, scope and targeting; the quick fields replaced. */
export function templateEditInput(row: PromotionRow, f: QuickForm): CouponTemplateSaveInput {
  const d = row.definition as Omit<CouponTemplateSaveInput, 'name' | 'startAt' | 'endAt'>
  const quick = templateInput(f, 0)
  const keepsBenefit = d.benefit.kind !== 'amountOff'
  return {
    id: row._id,
    expectedUpdatedAt: row.updatedAt,
    name: quick.name,
    benefit: keepsBenefit ? d.benefit : quick.benefit,
    thresholdFen: quick.thresholdFen,
    scope: d.scope,
    freeShipping: quick.freeShipping,
    validity: d.validity.kind === 'afterClaim' ? quick.validity : d.validity,
    perUserLimit: quick.perUserLimit,
    totalQuantity: quick.totalQuantity,
    claimable: d.claimable,
    segments: d.segments ?? [],
    startAt: row.startAt,
    endAt: row.endAt,
  }
}

/**
 * The membership campaign id under which a template is sent to segments from the promotions page: one per
 * template, so the membership service's once-per-(campaign, member) rule makes it once per member.
 */
export function segmentCampaignId(templateId: string): string {
  return `coupon-tpl-${templateId}`.slice(0, 64)
}
