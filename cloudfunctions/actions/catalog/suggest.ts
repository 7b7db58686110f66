import { defineAction } from '../../core/action'
import { CatalogSuggestInput } from '../../contracts/search'
import { suggestions } from '../../services/search.service'

export const catalogSuggest = defineAction({
  name: 'catalog.suggest',
  role: 'anyone',
  summary: 'Suggestions while typing a search (Chinese, pinyin or initials): materials, categories and products',
  input: CatalogSuggestInput,
  handler: ({ prefix }) => suggestions(prefix),
})
