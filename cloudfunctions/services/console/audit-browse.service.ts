/**
 * The owner's audit browser over `audit_log` (written by services/audit.service.ts): filters by actor
 * openid, entity (the action's area, e.g. every `products.*` write, or one record's id), action name and
 * Beijing days, newest first. Two requests per page (rows and count); the action picker comes from the
 * page's own rows plus the known areas, never from a scan.
 */
import type { AuditEntry } from '../../contracts/audit'
import type { AuditBrowseOutput } from '../../contracts/console'
import { dayRange, parseShanghaiDay, DAY_MS } from '../../domain/console/periods'
import { AppError } from '../../core/errors'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'

export interface AuditQuery {
  actor?: string
  entity?: string
  targetId?: string
  action?: string
  fromDay?: string
  toDay?: string
  page: number
  pageSize: number
}

const regExp = (pattern: string) => (db() as unknown as { RegExp(o: { regexp: string; options: string }): unknown }).RegExp({ regexp: pattern, options: '' })

export function auditCondition(q: AuditQuery): Record<string, unknown> {
  const _ = db().command
  const where: Record<string, unknown> = {}
  if (q.actor) where['actor.openid'] = q.actor
  if (q.targetId) where.targetId = q.targetId
  if (q.action) where.action = q.action
  else if (q.entity) where.action = regExp(`^${q.entity}\\.`)
  if (q.fromDay || q.toDay) {
    const from = q.fromDay ? parseShanghaiDay(q.fromDay) : 0
    const to = q.toDay ? parseShanghaiDay(q.toDay) : null
    const range = q.fromDay && q.toDay ? dayRange(q.fromDay, q.toDay) : null
    if (from === null || (q.toDay && to === null) || (q.fromDay && q.toDay && !range)) throw new AppError('INVALID_INPUT', 'error.console.dayRange', { from: q.fromDay ?? '', to: q.toDay ?? '' })
    where.at = to === null ? _.gte(from) : _.gte(from).and(_.lt(to + DAY_MS))
  }
  return where
}

export async function browseAudit(q: AuditQuery): Promise<AuditBrowseOutput> {
  const where = auditCondition(q)
  const log = db().collection<AuditEntry>(COLLECTION.audit_log)
  const [rows, counted] = await Promise.all([log.where(where).orderBy('at', 'desc').skip((q.page - 1) * q.pageSize).limit(q.pageSize).get(), log.where(where).count()])
  const actions = [...new Set(rows.data.map((r) => r.action))].sort()
  return {
    items: rows.data,
    page: q.page,
    pageSize: q.pageSize,
    total: counted.total,
    hasMore: (q.page - 1) * q.pageSize + rows.data.length < counted.total,
    actions,
  }
}
