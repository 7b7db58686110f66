import { defineAction } from '../../core/action'
import { CatalogHomeInput } from '../../contracts/catalog'
import { homeSections } from '../../services/catalog.service'

export const catalogHome = defineAction({
  name: 'catalog.home',
  role: 'anyone',
  summary: 'Home sections: banner slot, categories, new arrivals, best-sellers',
  input: CatalogHomeInput,
  handler: (_input, ctx) => homeSections(ctx.now()),
})
