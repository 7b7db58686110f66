import { defineAction } from '../../core/action'
import { MeProfileInput, type MeProfileOutput } from '../../contracts/member'
import { staffRoleOf } from '../../services/caller.service'
import { myProfile } from '../../services/member/profile.service'

export const meProfile = defineAction({
  name: 'me.profile',
  role: 'shopper',
  summary: "The caller's member card (created on first call): level and progress, points, phone, order counts, whether they are staff",
  input: MeProfileInput,
  owns: 'members',
  handler: async (_input, ctx): Promise<MeProfileOutput> => {
    const openid = ctx.caller.openid!
    return myProfile(openid, await staffRoleOf(openid), ctx.now())
  },
})
