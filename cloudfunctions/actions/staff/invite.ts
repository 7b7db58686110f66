import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { StaffInviteInput, type StaffInviteOutput } from '../../contracts/staff'
import { createInvite } from '../../services/staff.service'

export const staffInvite = defineAction({
  name: 'staff.invite',
  role: 'staff',
  permission: 'staff.manage',
  summary: 'Creates a one-time invite code for a role (shown once, expires in 48 h; audited)',
  input: StaffInviteInput,
  handler: ({ role }, ctx): Promise<StaffInviteOutput> =>
    createInvite(role, actorOf(ctx.caller), ctx.now()),
})
