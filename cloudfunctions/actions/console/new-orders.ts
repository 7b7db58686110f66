import { defineAction } from '../../core/action'
import { NewOrderCountInput, NewOrdersInput } from '../../contracts/console'
import { newOrderCount, newOrders } from '../../services/console/dashboard.service'

export const consoleNewOrders = defineAction({
  name: 'console.newOrders',
  role: 'staff',
  permission: 'orders.read',
  summary: 'Orders paid after a cursor, oldest first (the open dashboard polls this)',
  input: NewOrdersInput,
  handler: ({ cursor }) => newOrders(cursor),
})

export const consoleNewOrderCount = defineAction({
  name: 'console.newOrderCount',
  role: 'staff',
  permission: 'orders.read',
  summary: "Number of orders paid after a time (the me page's badge on the admin entry, staff only)",
  input: NewOrderCountInput,
  handler: async ({ since }) => ({ count: await newOrderCount(since) }),
})
