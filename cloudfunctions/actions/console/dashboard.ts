import { z } from 'zod'
import { defineAction } from '../../core/action'
import { dashboard } from '../../services/console/dashboard.service'

export const consoleDashboard = defineAction({
  name: 'console.dashboard',
  role: 'staff',
  permission: 'orders.read',
  summary: 'Dashboard: paid sales, orders, AOV, refunds, new members today / 7 / 30 days, counts to act on, 30-day chart, top products and categories (database aggregates)',
  input: z.object({}).strict(),
  handler: (_input, ctx) => dashboard(ctx.now()),
})
