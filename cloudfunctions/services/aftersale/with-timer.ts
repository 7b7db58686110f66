import type { AfterSale } from '../../contracts/aftersale'
import { shopConfig } from '../../config'
import { afterSaleTimer } from '../../domain/aftersale-timers'

/** The request as the pages see it: with its running timer (deadline from the settings), never stored. */
export const withTimer = (as: AfterSale): AfterSale => ({ ...as, timer: afterSaleTimer(as, shopConfig().afterSaleTimers) })
