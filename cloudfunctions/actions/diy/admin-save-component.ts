import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { DiyComponentSaveInput } from '../../contracts/diy'
import { saveDiyComponent } from '../../services/diy/diy-catalog.service'

export const diyAdminSaveComponent = defineAction({
  name: 'diyAdmin.saveComponent',
  role: 'staff',
  permission: 'catalog.write',
  summary: 'Create or edit a DIY component; stock changes as a delta checked against the version read (audited)',
  input: DiyComponentSaveInput,
  handler: (input, ctx) => saveDiyComponent(input, actorOf(ctx.caller), ctx.now()),
})
