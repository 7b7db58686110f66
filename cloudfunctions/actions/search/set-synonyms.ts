import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { SynonymsSetInput } from '../../contracts/search'
import { setSynonyms } from '../../services/search/synonyms.service'

export const searchSetSynonyms = defineAction({
  name: 'search.setSynonyms',
  role: 'staff',
  permission: 'catalog.write',
  summary: 'Replace the search synonym table (= same stone, ≈ near); every search index rebuilds with it (audited)',
  input: SynonymsSetInput,
  handler: ({ groups }, ctx) => setSynonyms(groups, actorOf(ctx.caller), ctx.now()),
})
