import { defineAction } from '../../core/action'
import { MemberSetWristInput, type MemberSetWristOutput } from '../../contracts/crystal'
import { setWrist } from '../../services/crystal/wrist.service'

export const memberSetWrist = defineAction({
  name: 'member.setWrist',
  role: 'shopper',
  summary: "Remember (or forget, null) the caller's wrist circumference in whole mm on their member record (wristMm); bracelet pages pre-select the fitting bead size from it",
  input: MemberSetWristInput,
  owns: 'members',
  handler: ({ wristMm }, ctx): Promise<MemberSetWristOutput> => setWrist(ctx.caller.openid!, wristMm, ctx.now()),
})
