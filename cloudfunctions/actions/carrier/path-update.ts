import { z } from 'zod'
import { defineAction } from '../../core/action'
import { onPathUpdate } from '../../services/shipment/tracking.service'

/** 物流助手's add_express_path push, as the entry reads it: which waybill moved. Its nodes are pulled, not trusted. */
export const PathUpdateInput = z.object({
  deliveryId: z.string().regex(/^[A-Za-z0-9]{2,32}$/),
  waybillId: z.string().regex(/^[A-Za-z0-9-]{4,40}$/),
})

export const carrierPathUpdate = defineAction({
  name: 'carrier.pathUpdate',
  role: 'anyone',
  summary: 'Path-update push (物流助手, simulated carrier): the named parcel is synced from its carrier now',
  input: PathUpdateInput,
  handler: async (input, ctx) => ({ outcome: await onPathUpdate(input.deliveryId, input.waybillId, ctx.now()) }),
})
