import { defineAction } from '../../core/action'
import { FollowsSetInput, type FollowsSetOutput } from '../../contracts/member'
import { setMyFollow } from '../../services/member/follows.service'

export const followsSet = defineAction({
  name: 'follows.set',
  role: 'shopper',
  summary: 'Follow or unfollow a material or tag (idempotent); records the new-arrival consent the page asked for',
  input: FollowsSetInput,
  owns: 'follows',
  handler: async ({ target, following, consent }, ctx): Promise<FollowsSetOutput> => setMyFollow(ctx.caller.openid!, target, following, consent, ctx.now()),
})
