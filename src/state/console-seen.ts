/**
 * When this staff member last saw the dashboard's newest paid order (local storage on the device):
 * the me page's badge counts orders paid after it. Before the first visit, the start of today counts.
 */
import Taro from '@tarojs/taro'
import { startOfShanghaiDay } from '../../cloudfunctions/domain/time'

const KEY = 'jf.console.seenPaidAt'

export function seenPaidAt(now = Date.now()): number {
  const v = Number(Taro.getStorageSync(KEY))
  return Number.isFinite(v) && v > 0 ? v : startOfShanghaiDay(now)
}

export function markSeen(paidAt: number): void {
  if (paidAt > seenPaidAt()) Taro.setStorageSync(KEY, String(paidAt))
}
