import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { CategoryRemoveInput } from '../../contracts/catalog'
import { removeCategory } from '../../services/product-admin.service'

export const categoriesRemove = defineAction({
  name: 'categories.remove',
  role: 'staff',
  permission: 'catalog.write',
  summary: 'Remove an empty category (audited); refused while it holds products',
  input: CategoryRemoveInput,
  handler: ({ id }, ctx) => removeCategory(id, { by: actorOf(ctx.caller), now: ctx.now() }),
})
