import { defineAction } from '../../core/action'
import { AfterSalesListInput } from '../../contracts/admin-orders'
import { listAfterSales } from '../../services/aftersale.service'

export const afterSalesList = defineAction({
  name: 'afterSales.list',
  role: 'staff',
  permission: 'aftersales.read',
  summary: 'After-sale queue, newest change first, optionally by state',
  input: AfterSalesListInput,
  handler: (input) => listAfterSales(input),
})
