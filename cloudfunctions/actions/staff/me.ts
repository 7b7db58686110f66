import { defineAction } from '../../core/action'
import { StaffMeInput, type StaffMeOutput } from '../../contracts/staff'
import { permissionsOf } from '../../domain/permissions'

export const staffMe = defineAction({
  name: 'staff.me',
  role: 'staff',
  permission: 'admin.access',
  summary: "The caller's staff role and the permissions it holds (admin pages show links by them)",
  input: StaffMeInput,
  handler: async (_input, ctx): Promise<StaffMeOutput> => {
    const role = ctx.caller.staffRole!
    return { openid: ctx.caller.openid!, role, permissions: permissionsOf(role) }
  },
})
