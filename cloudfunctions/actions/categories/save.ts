import { defineAction } from '../../core/action'
import { CategorySaveInput } from '../../contracts/catalog'
import { saveCategory } from '../../services/product-admin.service'

export const categoriesSave = defineAction({
  name: 'categories.save',
  role: 'staff',
  summary: 'Create (no id) or edit a category (audited)',
  input: CategorySaveInput,
  handler: (input, ctx) => saveCategory(input, { openid: ctx.caller.openid!, now: ctx.now() }),
})
