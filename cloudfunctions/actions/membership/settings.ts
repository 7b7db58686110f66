import { defineAction } from '../../core/action'
import { MembershipSettingsGetInput } from '../../contracts/member'
import type { MembershipSettings } from '../../domain/membership/member-pricing'
import { membershipSettings } from '../../services/member/membership-settings'

export const membershipSettingsGet = defineAction({
  name: 'membership.settings',
  role: 'staff',
  permission: 'members.read',
  summary: 'Levels (names, thresholds, member price, perks), points rule and downgrade setting in force',
  input: MembershipSettingsGetInput,
  handler: async (_input, ctx): Promise<MembershipSettings> => membershipSettings(ctx.now()),
})
