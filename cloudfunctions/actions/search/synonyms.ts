import { defineAction } from '../../core/action'
import { SynonymsGetInput } from '../../contracts/search'
import { getSynonyms } from '../../services/search/synonyms.service'

export const searchSynonyms = defineAction({
  name: 'search.synonyms',
  role: 'staff',
  permission: 'catalog.read',
  summary: 'The search synonym table (the seeded trade names until the merchant edits it)',
  input: SynonymsGetInput,
  handler: () => getSynonyms(),
})
