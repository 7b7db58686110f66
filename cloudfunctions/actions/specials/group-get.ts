import { defineAction } from '../../core/action'
import { GroupGetInput } from '../../contracts/specials'
import { getGroup } from '../../services/group/group-offer.service'

export const groupsGet = defineAction({
  name: 'groups.get',
  role: 'anyone',
  summary: 'One 拼团 as shared: seats, members by position, deadline, whether the caller may join',
  input: GroupGetInput,
  handler: ({ groupId }, ctx) => getGroup(groupId, ctx.caller.openid ?? null, ctx.now()),
})
