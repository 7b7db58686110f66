import { defineAction } from '../../core/action'
import { MeUpdateProfileInput, type MeUpdateProfileOutput } from '../../contracts/member'
import { staffRoleOf } from '../../services/caller.service'
import { myProfile, updateMyProfile } from '../../services/member/profile.service'

export const meUpdateProfile = defineAction({
  name: 'me.updateProfile',
  role: 'shopper',
  summary: "Change the caller's nickname, avatar or birthday (a set birthday changes once a year)",
  input: MeUpdateProfileInput,
  owns: 'members',
  handler: async (input, ctx): Promise<MeUpdateProfileOutput> => {
    const openid = ctx.caller.openid!
    await updateMyProfile(openid, input, ctx.now())
    return myProfile(openid, await staffRoleOf(openid), ctx.now())
  },
})
