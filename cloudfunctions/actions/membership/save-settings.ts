import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { MembershipSettingsInput } from '../../contracts/member'
import type { MembershipSettings } from '../../domain/membership/member-pricing'
import { saveMembershipSettings } from '../../services/member/membership-settings'

export const membershipSaveSettings = defineAction({
  name: 'membership.saveSettings',
  role: 'staff',
  permission: 'members.write',
  summary: 'Change levels, points rule and downgrade setting (audited); members are re-levelled by the next nightly run',
  input: MembershipSettingsInput,
  handler: async (input, ctx): Promise<MembershipSettings> => saveMembershipSettings(input, actorOf(ctx.caller), ctx.now()),
})
