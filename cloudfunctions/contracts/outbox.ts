import { z } from 'zod'
import { Id, PageInput, type Page } from './common'

/** A side effect of a transition that keeps failing or gave up (services/outbox). */
export interface TroubledEffect {
  _id: string
  /** e.g. `wechat.uploadShippingInfo`, `refund.applyToPurpose`: the client translates `effect.<name>`. */
  effect: string
  machine: string
  entityId: string
  event: string
  state: 'pending' | 'running' | 'dead'
  attempts: number
  nextAttemptAt: number
  /** What WeChat or the handler said last (its own words, not translated). */
  lastError: string | null
  createdAt: number
  updatedAt: number
}

export const OutboxListInput = PageInput.extend({ state: z.enum(['pending', 'dead']).optional() })
export type OutboxListInput = z.input<typeof OutboxListInput>
export type OutboxListOutput = Page<TroubledEffect>

export const OutboxRetryInput = z.object({ id: Id })
export type OutboxRetryInput = z.input<typeof OutboxRetryInput>
export type OutboxRetryOutput = TroubledEffect
