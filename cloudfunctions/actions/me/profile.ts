import { defineAction } from '../../core/action'
import { MeProfileInput, type MeProfileOutput } from '../../contracts/member'
import { staffRoleOf } from '../../services/caller.service'
import { ensureMember } from '../../services/member.service'

export const meProfile = defineAction({
  name: 'me.profile',
  role: 'shopper',
  summary: "The caller's member profile (created on first call) and whether they are staff",
  input: MeProfileInput,
  owns: 'members',
  handler: async (_input, ctx): Promise<MeProfileOutput> => {
    const openid = ctx.caller.openid!
    const [member, staffRole] = await Promise.all([ensureMember(openid, ctx.now()), staffRoleOf(openid)])
    return {
      openid: member.openid,
      nickname: member.nickname,
      level: member.level,
      points: member.points,
      createdAt: member.createdAt,
      isStaff: staffRole !== null,
      staffRole,
    }
  },
})
