import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { StaffSetRoleInput, type StaffSetRoleOutput } from '../../contracts/staff'
import { setStaffRole } from '../../services/staff.service'

export const staffSetRole = defineAction({
  name: 'staff.setRole',
  role: 'staff',
  permission: 'staff.manage',
  summary: "Changes a staff member's role (operator or service); never the configured owner's (audited)",
  input: StaffSetRoleInput,
  handler: ({ openid, role }, ctx): Promise<StaffSetRoleOutput> => setStaffRole(openid, role, actorOf(ctx.caller), ctx.now()),
})
