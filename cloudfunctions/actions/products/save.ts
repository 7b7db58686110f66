import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { ProductSaveInput } from '../../contracts/catalog'
import { saveProduct } from '../../services/product-admin.service'

export const productsSave = defineAction({
  name: 'products.save',
  role: 'staff',
  permission: 'catalog.write',
  summary: 'Create (no id) or edit a product (conditional on the version its form loaded) with its SKUs, media and attributes; never writes existing stock (audited)',
  input: ProductSaveInput,
  handler: ({ id, version, draft }, ctx) => saveProduct(id, draft, { by: actorOf(ctx.caller), now: ctx.now() }, version),
})
