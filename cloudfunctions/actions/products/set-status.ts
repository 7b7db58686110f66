import { defineAction } from '../../core/action'
import { ProductStatusInput } from '../../contracts/catalog'
import { setProductStatus } from '../../services/product-admin.service'

export const productsSetStatus = defineAction({
  name: 'products.setStatus',
  role: 'staff',
  summary: 'List (on) or unlist (off) a product (audited)',
  input: ProductStatusInput,
  handler: ({ id, status }, ctx) => setProductStatus(id, status, { openid: ctx.caller.openid!, now: ctx.now() }),
})
