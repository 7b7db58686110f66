import { defineAction } from '../../core/action'
import { ExportOrdersInput } from '../../contracts/console'
import { exportOrdersBatch } from '../../services/console/order-export.service'

export const consoleExportOrders = defineAction({
  name: 'console.exportOrders',
  role: 'staff',
  permission: 'orders.export',
  summary: 'Export orders paid in a range of days as CSV to cloud storage, one batch per call; the last call answers the file id and a temporary link',
  input: ExportOrdersInput,
  handler: (input, ctx) => exportOrdersBatch(input, ctx.caller.openid ?? '', ctx.now()),
})
