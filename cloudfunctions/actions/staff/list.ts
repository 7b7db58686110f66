import { defineAction } from '../../core/action'
import { StaffListInput, type StaffListOutput } from '../../contracts/staff'
import { listStaff } from '../../services/staff.service'

export const staffList = defineAction({
  name: 'staff.list',
  role: 'staff',
  permission: 'staff.read',
  summary: 'Everyone who may use the admin pages, owner first',
  input: StaffListInput,
  handler: async (): Promise<StaffListOutput> => listStaff(),
})
