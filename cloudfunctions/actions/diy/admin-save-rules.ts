import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { DiyRulesSaveInput } from '../../contracts/diy'
import { saveDiyRules } from '../../services/diy/diy-catalog.service'

export const diyAdminSaveRules = defineAction({
  name: 'diyAdmin.saveRules',
  role: 'staff',
  permission: 'catalog.write',
  summary: 'DIY rules: minimum base beads, bead sizes offered with the most beads per size, pricing category (audited)',
  input: DiyRulesSaveInput,
  handler: (input, ctx) => saveDiyRules(input, actorOf(ctx.caller), ctx.now()),
})
