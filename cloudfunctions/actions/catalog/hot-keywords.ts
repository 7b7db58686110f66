import { defineAction } from '../../core/action'
import { HotKeywordsInput } from '../../contracts/catalog'
import { hotKeywords } from '../../services/search.service'

export const catalogHotKeywords = defineAction({
  name: 'catalog.hotKeywords',
  role: 'anyone',
  summary: 'Hot keywords shown under the search box',
  input: HotKeywordsInput,
  handler: () => hotKeywords(),
})
