import { defineAction } from '../../core/action'
import { StaffInvitesInput, type StaffInvitesOutput } from '../../contracts/staff'
import { listInvites } from '../../services/staff.service'

export const staffInvites = defineAction({
  name: 'staff.invites',
  role: 'staff',
  permission: 'staff.manage',
  summary: 'The latest invites, newest first, with their status (open, expired, redeemed, revoked)',
  input: StaffInvitesInput,
  handler: (_input, ctx): Promise<StaffInvitesOutput> => listInvites(ctx.now()),
})
