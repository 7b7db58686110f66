import { z } from 'zod'

/** The event a WeChat timer trigger delivers. */
export const TimerEvent = z
  .object({
    Type: z.literal('Timer'),
    TriggerName: z.string().max(60),
    Time: z.string().max(40),
  })
  .passthrough()
