import { defineAction } from '../../core/action'
import { AuditListInput } from '../../contracts/audit'
import { listAudit } from '../../services/audit.service'

export const auditList = defineAction({
  name: 'audit.list',
  role: 'staff',
  permission: 'audit.read',
  summary: 'Audit trail of admin writes, newest first, optionally for one record',
  input: AuditListInput,
  handler: (input) => listAudit(input),
})
