import { defineAction } from '../../core/action'
import { AdminProductListInput } from '../../contracts/catalog'
import { listProducts } from '../../services/catalog.service'
import { listLowStockProducts } from '../../services/console/low-stock-products'

export const productsList = defineAction({
  name: 'products.list',
  role: 'staff',
  permission: 'catalog.read',
  summary: 'All products for the merchant, listed or not, by keyword and status, newest first',
  input: AdminProductListInput,
  handler: ({ keyword, status, lowStock, page, pageSize }) =>
    lowStock ? listLowStockProducts(page, pageSize) : listProducts({ keyword: keyword || undefined, sort: 'newest', page, pageSize }, status ?? 'any'),
})
