import type { AnyAction } from '../core/action'
import { cronTick } from './cron/tick'
import { payNotify } from './pay/notify'

/** Called by WeChat itself (pay platform, timers), never by a client. */
export const PAY_NOTIFY_ACTIONS: AnyAction[] = [payNotify]
export const CRON_ACTIONS: AnyAction[] = [cronTick]
