/** Types of search's own actions: suggestions while typing (shop) and the synonym table (admin). */
import type { CatalogSuggestInput, CatalogSuggestOutput, SynonymsGetOutput, SynonymsSetInput } from '@cloud/contracts/search'
import type { Empty, Signature } from './signature'

export type ShopSearchActions = {
  'catalog.suggest': Signature<CatalogSuggestInput, CatalogSuggestOutput>
}

export type AdminSearchActions = {
  'search.synonyms': Signature<Empty, SynonymsGetOutput>
  'search.setSynonyms': Signature<SynonymsSetInput, SynonymsGetOutput>
}
