import { defineAction } from '../../core/action'
import { notFound } from '../../core/errors'
import { CatalogGetInput } from '../../contracts/catalog'
import { recordView } from '../../services/browse.service'
import { productWithMaterial } from '../../services/crystal/product-with-material'

export const catalogGet = defineAction({
  name: 'catalog.get',
  role: 'anyone',
  summary: 'One product with media, crystal attributes, SKUs and its material card (寓意, hardness, care) in one read (unlisted ones too, flagged by status); records the view',
  input: CatalogGetInput,
  handler: async ({ id }, ctx) => {
    const product = await productWithMaterial(id)
    if (!product) throw notFound('product', id)
    if (ctx.caller.openid && product.status === 'on') {
      // History feeds recommendations; a failure here must never cost the shopper the product page.
      await recordView(ctx.caller.openid, product, ctx.now()).catch((err) =>
        console.warn(JSON.stringify({ at: 'catalog.get.recordView', requestId: ctx.requestId, error: String(err) })),
      )
    }
    return product
  },
})
