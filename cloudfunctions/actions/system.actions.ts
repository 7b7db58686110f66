import type { AnyAction } from '../core/action'
import { cronTick } from './cron/tick'
import { payNotify } from './pay/notify'
import { payRefundNotify } from './pay/refund-notify'

/** Called by WeChat itself (pay platform, timers), never by a client. */
export const PAY_NOTIFY_ACTIONS: AnyAction[] = [payNotify, payRefundNotify]
export const CRON_ACTIONS: AnyAction[] = [cronTick]
