/**
 * A test-only function that runs the shop's own stock decrement (services/stock.service takeSku: one
 * conditional update) for one buyer, so the oversell test and the bench can hammer exactly the code
 * orders will use, through a real bundle on the local cloud.
 */
import { z } from 'zod'
import { defineAction } from '../../../cloudfunctions/core/action'
import { createActionEntry } from '../../../cloudfunctions/platform/entry'
import { takeSku } from '../../../cloudfunctions/services/stock.service'

const TakeStockInput = z.object({ productId: z.string().min(1), skuId: z.string().min(1), quantity: z.number().int().min(1) }).strict()

export const probeTakeStock = defineAction({
  name: 'probe.takeStock',
  role: 'shopper',
  summary: 'Test fixture: take stock of one SKU with the shop conditional update',
  input: TakeStockInput,
  handler: async (input) => ({ taken: await takeSku({ ...input, title: input.productId }) }),
})

export const main = createActionEntry([probeTakeStock])
