import { defineAction } from '../../core/action'
import { StaffRedeemInviteInput, type StaffRedeemInviteOutput } from '../../contracts/staff'
import { redeemInvite } from '../../services/staff-redeem.service'

export const staffRedeemInvite = defineAction({
  name: 'staff.redeemInvite',
  role: 'shopper',
  summary: 'A shopper redeems a one-time invite code and becomes staff with the invited role',
  input: StaffRedeemInviteInput,
  handler: ({ code }, ctx): Promise<StaffRedeemInviteOutput> => redeemInvite(code, ctx.caller.openid!, ctx.now()),
})
