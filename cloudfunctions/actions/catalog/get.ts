import { defineAction } from '../../core/action'
import { notFound } from '../../core/errors'
import { CatalogGetInput } from '../../contracts/catalog'
import { getProduct } from '../../services/catalog.service'

export const catalogGet = defineAction({
  name: 'catalog.get',
  role: 'anyone',
  summary: 'One product with media, crystal attributes and SKUs (unlisted ones too, flagged by status)',
  input: CatalogGetInput,
  handler: async ({ id }) => {
    const product = await getProduct(id)
    if (!product) throw notFound('商品 / product', id)
    return product
  },
})
