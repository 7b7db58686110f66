import { z } from 'zod'
import { Id, PageInput, type Actor, type Page } from './common'

/** One admin write: who did what to which record, when, and a short technical summary of the change. */
export interface AuditEntry {
  _id: string
  /** Who, with their staff role at the time (from actorOf(ctx.caller)). */
  actor: Actor
  at: number
  action: string
  targetId: string
  summary: string
}

export const AuditListInput = PageInput.extend({ targetId: Id.optional() })
export type AuditListInput = z.input<typeof AuditListInput>
export type AuditListOutput = Page<AuditEntry>
