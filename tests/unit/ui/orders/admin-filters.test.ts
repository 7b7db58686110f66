import { describe, expect, it } from 'vitest'
import { AdminOrderListInput } from '../../../../cloudfunctions/contracts/admin-orders'
import { listInput, windowStart } from '../../../../src/packages/admin/orders/_shared/filters'
import { CARRIERS, isPlausibleWaybill } from '../../../../src/components/order-card/carriers'
import { AdminOrderShipInput } from '../../../../cloudfunctions/contracts/admin-orders'

describe('merchant order filters', () => {
  // 15:30 Beijing on 26 Nov 2026; Beijing midnights are 16:00 UTC the day before.
  const now = Date.UTC(2026, 10, 26, 7, 30)
  const beijingMidnight = (month: number, day: number) => Date.UTC(2026, month, day - 1, 16)

  it('turns date presets into a window starting at Beijing midnight, whatever the phone zone', () => {
    expect(windowStart('all', now)).toBeUndefined()
    expect(windowStart('today', now)).toBe(beijingMidnight(10, 26))
    expect(windowStart('7d', now)).toBe(beijingMidnight(10, 20))
    expect(windowStart('30d', now)).toBe(beijingMidnight(9, 28))
    // 00:30 Beijing is still the previous UTC date, but already the new Beijing day.
    expect(windowStart('today', Date.UTC(2026, 10, 25, 16, 30))).toBe(beijingMidnight(10, 26))
  })

  it('sends only the filters that are set, in a shape the server accepts', () => {
    const all = listInput({ state: 'all', date: 'all', keyword: '   ' }, 1, now)
    expect(all).toEqual({ page: 1, pageSize: 20 })
    const narrow = listInput({ state: 'paid', date: 'today', keyword: ' 林晶 ' }, 2, now)
    expect(narrow).toMatchObject({ page: 2, state: 'paid', keyword: '林晶', from: beijingMidnight(10, 26) })
    expect(AdminOrderListInput.safeParse(narrow).success).toBe(true)
  })
})

describe('shipping form', () => {
  it('offers the ten carriers the shop tracks, each a carrier code the server accepts', () => {
    expect(CARRIERS.map((c) => c.code)).toEqual(['SF', 'YTO', 'ZTO', 'YUNDA', 'EMS', 'STO', 'JD', 'YZPY', 'JTSD', 'DB'])
    for (const carrier of CARRIERS) {
      expect(AdminOrderShipInput.safeParse({ orderId: 'o1', carrierCode: carrier.code, waybillNo: 'SF1234567890' }).success).toBe(true)
    }
  })

  it('catches an impossible waybill number before sending', () => {
    expect(isPlausibleWaybill('SF1234567890')).toBe(true)
    expect(isPlausibleWaybill('12')).toBe(false)
    expect(isPlausibleWaybill('SF 123 456')).toBe(false)
  })
})
