import { z } from 'zod'
import { Id } from './common'
import type { AfterSaleReasonCode } from './aftersale'
import type { ListingSuspect } from '../domain/quality'

export { LISTING_SUSPECTS, type ListingSuspect } from '../domain/quality'

/** A product's quality flag as the nightly pass left it. */
export interface QualityFlag {
  productId: string
  title: string
  state: 'flagged' | 'cleared'
  sold: number
  units: number
  ratePermille: number
  /** The threshold it was judged against (JF_QUALITY_RATE_PERMILLE). */
  thresholdPermille: number
  byReason: Partial<Record<AfterSaleReasonCode, number>>
  suspects: ListingSuspect[]
  flaggedAt: number
  checkedAt: number
}

export const QualityFlagsInput = z.object({})
export type QualityFlagsInput = z.input<typeof QualityFlagsInput>
export type QualityFlagsOutput = QualityFlag[]

export const QualityForProductInput = z.object({ productId: Id })
export type QualityForProductInput = z.input<typeof QualityForProductInput>
/** null: never flagged. */
export type QualityForProductOutput = QualityFlag | null
