/** The quick forms of the promotions page, turned into the actions' inputs. Pure; yuan text → fen once. */
import type { CouponTemplateSaveInput, PromotionSaveInput } from '@cloud/contracts/promotion'
import { yuanTextToFen } from '@cloud/domain/money'

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
