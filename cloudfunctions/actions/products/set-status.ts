import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { ProductStatusInput } from '../../contracts/catalog'
import { setProductStatus } from '../../services/product-admin.service'

export const productsSetStatus = defineAction({
  name: 'products.setStatus',
  role: 'staff',
  permission: 'catalog.write',
  summary: 'List (on) or unlist (off) a product (audited)',
  input: ProductStatusInput,
  handler: ({ id, status }, ctx) => setProductStatus(id, status, { by: actorOf(ctx.caller), now: ctx.now() }),
})
