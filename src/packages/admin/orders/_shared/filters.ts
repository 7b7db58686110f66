/**
 * The merchant order list's filters → the adminOrders.list input. Date presets instead of a calendar:
 * "today / last 7 days / last 30 days" covers what a small shop looks for, in Asia/Shanghai days.
 */
import { addShanghaiDays, startOfShanghaiDay } from '../../../../../cloudfunctions/domain/time'
import type { AdminOrderListInput } from '@cloud/contracts/admin-orders'
import type { OrderState } from '@cloud/contracts/order'

/** Labelled by t('admin.date.<preset>'). */
export const DATE_PRESETS = ['all', 'today', '7d', '30d'] as const
export type DatePreset = (typeof DATE_PRESETS)[number]

export interface OrderFilters {
  state: OrderState | 'all'
  date: DatePreset
  keyword: string
  /** Only orders with a parcel in trouble (opened from the dashboard's count). */
  alert?: 'logistics'
}

/** Start of the window (inclusive), epoch ms; undefined for all time. Days start at Beijing midnight, whatever the phone's zone. */
export function windowStart(preset: DatePreset, now: number): number | undefined {
  const midnight = startOfShanghaiDay(now)
  switch (preset) {
    case 'all':
      return undefined
    case 'today':
      return midnight
    case '7d':
      return addShanghaiDays(midnight, -6)
    case '30d':
      return addShanghaiDays(midnight, -29)
  }
}

export function listInput(filters: OrderFilters, page: number, now: number): AdminOrderListInput {
  const from = windowStart(filters.date, now)
  const keyword = filters.keyword.trim().slice(0, 40)
  return {
    page,
    pageSize: 20,
    ...(filters.state === 'all' ? {} : { state: filters.state }),
    ...(from === undefined ? {} : { from }),
    ...(keyword ? { keyword } : {}),
    ...(filters.alert ? { alert: filters.alert } : {}),
  }
}
