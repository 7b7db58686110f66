import type { AnyAction } from '../core/action'
import { cronTick } from './cron/tick'
import { payNotify } from './pay/notify'

/** Called by WeChat itself (pay platform, timers), never by a client. */
export const PAY_NOTIFY_ACTIONS = [payNotify] as unknown as AnyAction[]
export const CRON_ACTIONS = [cronTick] as unknown as AnyAction[]
