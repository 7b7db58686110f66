import { defineAction } from '../../core/action'
import { DiyAdminListInput } from '../../contracts/diy'
import { diyAdminList } from '../../services/diy/diy-catalog.service'

export const diyAdminListAction = defineAction({
  name: 'diyAdmin.list',
  role: 'staff',
  permission: 'catalog.read',
  summary: 'DIY components (on sale or not) with stock and sold, and the rules',
  input: DiyAdminListInput,
  handler: () => diyAdminList(),
})
