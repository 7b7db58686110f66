import { z } from 'zod'
import { defineAction } from '../../core/action'
import { promotionSettings } from '../../services/promotion/promotion-admin.service'

export const promotionsSettings = defineAction({
  name: 'promotions.settings',
  role: 'staff',
  permission: 'promotions.write',
  summary: 'The caps (floor, first-order exclusivity, coupon maximum)',
  input: z.object({}).strict(),
  handler: (_input, ctx) => promotionSettings(ctx.now()),
})
