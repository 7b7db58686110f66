import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { CategorySaveInput } from '../../contracts/catalog'
import { saveCategory } from '../../services/product-admin.service'

export const categoriesSave = defineAction({
  name: 'categories.save',
  role: 'staff',
  permission: 'catalog.write',
  summary: 'Create (no id) or edit a category (audited)',
  input: CategorySaveInput,
  handler: (input, ctx) => saveCategory(input, { by: actorOf(ctx.caller), now: ctx.now() }),
})
