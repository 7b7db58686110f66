import { defineAction } from '../../core/action'
import { AdminProductListInput } from '../../contracts/catalog'
import { listProducts } from '../../services/catalog.service'

export const productsList = defineAction({
  name: 'products.list',
  role: 'staff',
  permission: 'catalog.read',
  summary: 'All products for the merchant, listed or not, by keyword and status, newest first',
  input: AdminProductListInput,
  handler: ({ keyword, status, page, pageSize }) =>
    listProducts({ keyword: keyword || undefined, sort: 'newest', page, pageSize }, status ?? 'any'),
})
