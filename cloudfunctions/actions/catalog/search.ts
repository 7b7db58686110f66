import { defineAction } from '../../core/action'
import { CatalogSearchInput } from '../../contracts/catalog'
import { searchProducts } from '../../services/search.service'

export const catalogSearch = defineAction({
  name: 'catalog.search',
  role: 'anyone',
  summary: 'Keyword search over title, tags, material and origin (substring); suggests categories when nothing matches',
  input: CatalogSearchInput,
  handler: (input) => searchProducts(input),
})
