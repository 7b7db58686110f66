import { defineAction } from '../../core/action'
import { notFound } from '../../core/errors'
import { CatalogGetInput } from '../../contracts/catalog'
import { getProduct } from '../../services/catalog.service'

export const productsGet = defineAction({
  name: 'products.get',
  role: 'staff',
  permission: 'catalog.read',
  summary: 'One product for editing (no browse event recorded)',
  input: CatalogGetInput,
  handler: async ({ id }) => {
    const product = await getProduct(id)
    if (!product) throw notFound('product', id)
    return product
  },
})
