import { defineAction } from '../../core/action'
import { CatalogSearchInput } from '../../contracts/catalog'
import { searchProducts } from '../../services/search.service'

export const catalogSearch = defineAction({
  name: 'catalog.search',
  role: 'anyone',
  summary: 'Search that understands shoppers: terms, synonyms, sizes, pinyin, initials and miswritings over the instance index; never a dead end',
  input: CatalogSearchInput,
  handler: (input) => searchProducts(input),
})
