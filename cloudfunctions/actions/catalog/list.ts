import { defineAction } from '../../core/action'
import { CatalogListInput } from '../../contracts/catalog'
import { listProducts } from '../../services/catalog.service'

export const catalogList = defineAction({
  name: 'catalog.list',
  role: 'anyone',
  summary: 'Listed products, paged, by category and filters (material, price, size, in stock), sorted newest / price / sales',
  input: CatalogListInput,
  handler: (input) => listProducts(input),
})
