import { describe, expect, it } from 'vitest'
import { AdminOrderShipInput } from '../../../cloudfunctions/contracts/admin-orders'
import { AfterSaleReturnWaybillInput } from '../../../cloudfunctions/contracts/aftersale'

describe('carrier codes at the door', () => {
  it("stores our code whether the merchant's tool sent ours or Kuaidi100's", () => {
    expect(AdminOrderShipInput.parse({ orderId: 'o1', carrierCode: 'shunfeng', waybillNo: 'SF1234567890123' }).carrierCode).toBe('SF')
    expect(AdminOrderShipInput.parse({ orderId: 'o1', carrierCode: 'zhongtong', waybillNo: '7312345678' }).carrierCode).toBe('ZTO')
  })

  it('refuses a carrier the parcel page could not name or track, with the translated key', () => {
    const shipped = AdminOrderShipInput.safeParse({ orderId: 'o1', carrierCode: 'acme', waybillNo: 'AC12345678' })
    expect(shipped.success).toBe(false)
    expect(shipped.error?.issues[0].message).toBe('error.input.carrierCode')
    const returned = AfterSaleReturnWaybillInput.safeParse({ id: 'a1', carrierCode: 'acme', waybillNo: 'AC12345678' })
    expect(returned.success).toBe(false)
  })
})
