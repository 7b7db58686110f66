import { defineAction } from '../../core/action'
import { FollowsListInput, type FollowsListOutput } from '../../contracts/member'
import { listMyFollows } from '../../services/member/follows.service'

export const followsList = defineAction({
  name: 'follows.list',
  role: 'shopper',
  summary: 'Materials and tags the caller follows for new arrivals, with suggestions',
  input: FollowsListInput,
  owns: 'follows',
  handler: async (_input, ctx): Promise<FollowsListOutput> => listMyFollows(ctx.caller.openid!),
})
