import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { StaffRevokeInviteInput, type StaffRevokeInviteOutput } from '../../contracts/staff'
import { revokeInvite } from '../../services/staff.service'

export const staffRevokeInvite = defineAction({
  name: 'staff.revokeInvite',
  role: 'staff',
  permission: 'staff.manage',
  summary: 'Revokes an open invite so its code can no longer be redeemed (audited)',
  input: StaffRevokeInviteInput,
  handler: ({ inviteId }, ctx): Promise<StaffRevokeInviteOutput> => revokeInvite(inviteId, actorOf(ctx.caller), ctx.now()),
})
