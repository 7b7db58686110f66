import { defineAction } from '../../core/action'
import { MeBindPhoneInput, type MeBindPhoneOutput } from '../../contracts/member'
import { bindMyPhone } from '../../services/member/profile.service'

export const meBindPhone = defineAction({
  name: 'me.bindPhone',
  role: 'shopper',
  summary: "Keep the phone WeChat verified for the caller (getPhoneNumber code exchanged in the cloud)",
  input: MeBindPhoneInput,
  owns: 'members',
  handler: async ({ code }, ctx): Promise<MeBindPhoneOutput> => bindMyPhone(ctx.caller.openid!, code, ctx.now()),
})
