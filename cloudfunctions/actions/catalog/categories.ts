import { defineAction } from '../../core/action'
import { CategoryListInput } from '../../contracts/catalog'
import { listCategories } from '../../services/catalog.service'

export const catalogCategories = defineAction({
  name: 'catalog.categories',
  role: 'anyone',
  summary: 'All categories in display order',
  input: CategoryListInput,
  handler: () => listCategories(),
})
