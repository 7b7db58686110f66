import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { StaffRemoveInput, type StaffRemoveOutput } from '../../contracts/staff'
import { removeStaff } from '../../services/staff.service'

export const staffRemove = defineAction({
  name: 'staff.remove',
  role: 'staff',
  permission: 'staff.manage',
  summary: 'Removes a staff member; their next call is a shopper’s. Never the configured owner (audited)',
  input: StaffRemoveInput,
  handler: ({ openid }, ctx): Promise<StaffRemoveOutput> => removeStaff(openid, actorOf(ctx.caller), ctx.now()),
})
