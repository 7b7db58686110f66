import { defineAction } from '../../core/action'
import { CategoryRemoveInput } from '../../contracts/catalog'
import { removeCategory } from '../../services/product-admin.service'

export const categoriesRemove = defineAction({
  name: 'categories.remove',
  role: 'staff',
  summary: 'Remove an empty category (audited); refused while it holds products',
  input: CategoryRemoveInput,
  handler: ({ id }, ctx) => removeCategory(id, { openid: ctx.caller.openid!, now: ctx.now() }),
})
