import type { AuditEntry } from '../contracts/audit'
import type { Page } from '../contracts/common'
import { db } from '../platform/cloud'

/** Appends one audit line, with the actor (openid and staff role). Called after the write it describes succeeded. */
export async function audit(entry: Omit<AuditEntry, '_id'>): Promise<void> {
  await db().collection('audit_log').add({ data: { ...entry, summary: entry.summary.slice(0, 500) } })
}

/** "title: 旧 → 新; price …" — only the top-level fields that changed, values shortened. */
export function diffSummary(before: Record<string, unknown> | null, after: Record<string, unknown>, fields: readonly string[]): string {
  if (!before) return `created ${fields.filter((f) => after[f] !== undefined).join(', ')}`
  const show = (v: unknown) => {
    const text = typeof v === 'string' ? v : JSON.stringify(v)
    return text === undefined ? '∅' : text.length > 40 ? `${text.slice(0, 37)}…` : text
  }
  const changed = fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]))
  return changed.length ? changed.map((f) => `${f}: ${show(before[f])} → ${show(after[f])}`).join('; ') : 'no change'
}

export async function listAudit(q: { targetId?: string; page: number; pageSize: number }): Promise<Page<AuditEntry>> {
  const where = q.targetId ? { targetId: q.targetId } : {}
  const log = db().collection<AuditEntry>('audit_log')
  const [rows, counted] = await Promise.all([
    log.where(where).orderBy('at', 'desc').skip((q.page - 1) * q.pageSize).limit(q.pageSize).get(),
    log.where(where).count(),
  ])
  return { items: rows.data, page: q.page, pageSize: q.pageSize, total: counted.total, hasMore: (q.page - 1) * q.pageSize + rows.data.length < counted.total }
}
