/** Human-readable printout of a database plan, shared by db:plan and db:apply. */
import type { DatabasePlan, IndexDecl, SecurityRule } from '../../cloudfunctions/schema'

const describeKeys = (index: Pick<IndexDecl, 'keys'>) =>
  index.keys.map((k) => `${k.field} ${k.order === 'desc' ? '↓' : '↑'}`).join(', ')

const describeRule = (rule: SecurityRule) => JSON.stringify(rule)

/**
 * One block per collection: whether it is created, each index with its keys and what it serves, the
 * security rule; then a summary. `against` says what the plan was compared with.
 */
export function formatDatabasePlan(plan: DatabasePlan, against: string): string[] {
  const lines: string[] = [`数据库计划 / database plan — compared with ${against}`, '']
  for (const c of plan.collections) {
    const status = c.createCollection ? '+ create' : '  exists'
    lines.push(`${status}  ${c.decl.name} — ${c.decl.purpose}`)
    for (const index of c.decl.indexes) {
      const mark = c.createIndexes.includes(index) ? '+' : c.conflicts.some((x) => x.index === index) ? '!' : '='
      const flag = index.unique ? ' UNIQUE' : ''
      lines.push(`      ${mark} index ${index.name}${flag} (${describeKeys(index)}) — ${index.serves}`)
    }
    if (c.decl.indexes.length === 0) lines.push('        (no secondary index: read by _id only)')
    for (const x of c.conflicts) {
      lines.push(
        `      ! conflict: existing index "${x.existing.name}" has keys (${describeKeys(x.existing)})${x.existing.unique ? ' UNIQUE' : ''}; drop or rename it in the console, then re-run`,
      )
    }
    for (const extra of c.extraIndexes) lines.push(`      ? undeclared index ${extra.name} (${describeKeys(extra)}) — left alone`)
    const rule = describeRule(c.decl.rule)
    if (c.setRule) lines.push(`      + rule ${rule}${c.currentRule ? ` (now: ${c.currentRule})` : ''}`)
    else lines.push(`      = rule ${rule}`)
  }
  if (plan.undeclared.length) {
    lines.push('', `? 未声明的集合（保留不动）/ collections nobody declares (left alone): ${plan.undeclared.join(', ')}`)
  }
  const indexes = plan.collections.reduce((n, c) => n + c.decl.indexes.length, 0)
  lines.push(
    '',
    `${plan.collections.length} collections, ${indexes} indexes declared; ${plan.changeCount} change(s) to apply, ${plan.conflictCount} conflict(s).`,
    'Legend: + to create/set, = already there, ! conflict (needs a human), ? exists but undeclared.',
  )
  return lines
}
