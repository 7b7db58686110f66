import { z } from 'zod'
import { Id, PageInput, type Page } from './common'

/** One admin write: who did what to which record, when, and a short human summary of the change. */
export interface AuditEntry {
  _id: string
  actorOpenid: string
  at: number
  action: string
  targetId: string
  summary: string
}

export const AuditListInput = PageInput.extend({ targetId: Id.optional() })
export type AuditListInput = z.input<typeof AuditListInput>
export type AuditListOutput = Page<AuditEntry>
