import { defineAction } from '../../core/action'
import { AuditBrowseInput } from '../../contracts/console'
import { browseAudit } from '../../services/console/audit-browse.service'

export const consoleAudit = defineAction({
  name: 'console.audit',
  role: 'staff',
  permission: 'audit.browse',
  summary: 'The whole audit log (who, what, before → after) filtered by actor, entity, record, action and days — owner only',
  input: AuditBrowseInput,
  handler: (input) => browseAudit(input),
})
