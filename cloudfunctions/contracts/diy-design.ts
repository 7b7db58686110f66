/** The design a shopper sends (a checkout source and the builder's quote input); its own file so checkout.ts and diy.ts need no cycle. */
import { z } from 'zod'
import { Id } from './common'

export const DIY_MAX_RING = 48

/** A shopper's design: the beads around the ring in order, an optional charm, a wrist if none is saved. */
export const DiyDesignInput = z
  .object({
    beads: z.array(Id).min(1).max(DIY_MAX_RING),
    charmId: Id.optional(),
    /** Only used when the member has no saved wrist (members.wristMm). */
    wristMm: z.number().int().min(100).max(250).optional(),
  })
  .strict()
export type DiyDesign = z.input<typeof DiyDesignInput>
