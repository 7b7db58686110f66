import { beforeEach, describe, expect, it } from 'vitest'
import { SimulatedCarrier } from '../../../local-cloud/fakes/carrier/simulated-carrier'
import { manualClock } from '../../../local-cloud/fakes/clock'
import { OpenApiFake } from '../../../local-cloud/fakes/openapi/openapi-fake'
import { subscribeDataProblem } from '../../../local-cloud/fakes/openapi/subscribe-message-rules'
import { MemoryStateStore } from '../../../local-cloud/fakes/state-store'

const T0 = Date.parse('2026-03-01T10:00:00+08:00')

/** subscribeMessage.send params as they reach request(): snake_case. */
const message = (over: Record<string, unknown> = {}) => ({
  touser: 'o-buyer',
  template_id: 'TPL_SHIPPED',
  page: 'packages/order/detail/index?id=1',
  miniprogram_state: 'developer',
  data: {
    thing1: { value: '白水晶手串' },
    character_string2: { value: 'JF202603010001' },
    amount3: { value: '¥128.00' },
    time4: { value: '2026-03-01 10:00' },
    phrase5: { value: '已发货' },
  },
  ...over,
})

const receiver = { name: '张三', mobile: '13800000000', province: '上海', city: '上海', area: '徐汇区', address: '漕溪北路1号' }

let store: MemoryStateStore
let carrier: SimulatedCarrier
let openapi: OpenApiFake

beforeEach(() => {
  store = new MemoryStateStore()
  const clock = manualClock(T0)
  carrier = new SimulatedCarrier(store, clock)
  openapi = new OpenApiFake({ store, carrier, clock })
})

describe('outbox', () => {
  it('records every call with api, data, time and the user it concerns', async () => {
    const reply = await openapi.handle({ api: 'subscribeMessage.send', data: message(), openid: 'o-staff' })
    expect(reply.errcode).toBe(0)
    const [entry] = await openapi.outbox()
    expect(entry).toMatchObject({ api: 'subscribeMessage.send', at: T0, openid: 'o-buyer', callerOpenid: 'o-staff', errcode: 0 })
    expect(entry.data).toEqual(message())
  })

  it('records refused calls too, filters by api, and clears', async () => {
    await openapi.handle({ api: 'subscribeMessage.send', data: message({ touser: '' }) })
    await openapi.handle({ api: 'logistics.getAllDelivery', data: {} })
    expect((await openapi.outbox()).map((e) => e.errcode)).toEqual([40003, 0])
    expect(await openapi.outbox({ api: 'logistics.getAllDelivery' })).toHaveLength(1)
    await openapi.clearOutbox()
    expect(await openapi.outbox()).toEqual([])
  })

  it('failNext makes exactly the next call of that api fail', async () => {
    openapi.failNext('subscribeMessage.send', -501001)
    expect((await openapi.handle({ api: 'subscribeMessage.send', data: message() })).errcode).toBe(-501001)
    expect((await openapi.handle({ api: 'subscribeMessage.send', data: message() })).errcode).toBe(0)
    expect(() => openapi.failNext('x', 0)).toThrow(/non-zero/)
  })
})

describe('subscribeMessage.send', () => {
  it.each([
    ['thing over 20 chars', { thing1: { value: '一'.repeat(21) } }],
    ['number with letters', { number1: { value: '12a' } }],
    ['character_string with Chinese', { character_string1: { value: '订单123' } }],
    ['phrase over 5 chars', { phrase1: { value: '已经发货了啊' } }],
    ['phrase with latin', { phrase1: { value: 'sent' } }],
    ['amount with letters', { amount1: { value: '128 yuan' } }],
    ['time that is not a time', { time1: { value: 'tomorrow' } }],
    ['empty value', { thing1: { value: '' } }],
  ])('refuses %s with 47003', async (_label, data) => {
    const reply = await openapi.handle({ api: 'subscribeMessage.send', data: message({ data }) })
    expect(reply.errcode).toBe(47003)
  })

  it('accepts values exactly at the limits', () => {
    expect(
      subscribeDataProblem({
        thing1: { value: '一'.repeat(20) },
        number2: { value: '1'.repeat(32) },
        phrase3: { value: '待付款' },
        date4: { value: '2026年3月1日' },
        time5: { value: '10:00~12:00' },
        amount6: { value: '128元' },
        phone_number7: { value: '+86 138-0000-0000' },
        name8: { value: '张三丰' },
        symbol9: { value: '★' },
      }),
    ).toBeNull()
  })

  it('needs touser (40003) and template_id (40037)', async () => {
    expect((await openapi.handle({ api: 'subscribeMessage.send', data: message({ touser: undefined }) })).errcode).toBe(40003)
    expect((await openapi.handle({ api: 'subscribeMessage.send', data: message({ template_id: '' }) })).errcode).toBe(40037)
  })

  it('with strictSubscriptions, each grant allows exactly one message (43101 after)', async () => {
    openapi.strictSubscriptions = true
    expect((await openapi.handle({ api: 'subscribeMessage.send', data: message() })).errcode).toBe(43101)
    await openapi.grantSubscriptions('o-buyer', ['TPL_SHIPPED'])
    expect((await openapi.handle({ api: 'subscribeMessage.send', data: message() })).errcode).toBe(0)
    expect((await openapi.handle({ api: 'subscribeMessage.send', data: message() })).errcode).toBe(43101)
    // Someone else's grant does not count.
    await openapi.grantSubscriptions('o-other', ['TPL_SHIPPED'])
    expect((await openapi.handle({ api: 'subscribeMessage.send', data: message() })).errcode).toBe(43101)
  })
})

describe('logistics', () => {
  it('getAllDelivery lists the ten carriers the shop ships with', async () => {
    const reply = await openapi.handle({ api: 'logistics.getAllDelivery', data: {} })
    expect(reply.data.map((d: { delivery_id: string }) => d.delivery_id)).toEqual(['SF', 'YTO', 'ZTO', 'YUNDA', 'EMS', 'STO', 'JD', 'YZPY', 'JTSD', 'DB'])
    expect(reply.count).toBe(10)
  })

  it('addOrder creates one waybill per order_id and getPath follows it', async () => {
    const add = { order_id: 'JF1', openid: 'o-buyer', delivery_id: 'YTO', biz_id: 'x', receiver, sender: receiver, cargo: { count: 1 } }
    const created = await openapi.handle({ api: 'logistics.addOrder', data: add })
    expect(created).toMatchObject({ errcode: 0, order_id: 'JF1', waybill_id: expect.stringMatching(/^YTO\d{12}$/) })
    expect((await openapi.handle({ api: 'logistics.addOrder', data: add })).waybill_id).toBe(created.waybill_id)
    expect(await carrier.list()).toHaveLength(1)

    await carrier.advance(created.waybill_id)
    const path = await openapi.handle({ api: 'logistics.getPath', data: { order_id: 'JF1', openid: 'o-buyer', delivery_id: 'YTO', waybill_id: created.waybill_id } })
    expect(path).toMatchObject({ errcode: 0, waybill_id: created.waybill_id, path_item_num: 1 })
    expect(path.path_item_list[0]).toMatchObject({ action_type: 100001, action_time: Math.floor(T0 / 1000) + 1 })
  })

  it('addOrder refuses an unknown carrier or a missing receiver; getPath an unknown order', async () => {
    expect((await openapi.handle({ api: 'logistics.addOrder', data: { order_id: 'a', delivery_id: 'DHL', receiver } })).errcode).toBe(47001)
    expect((await openapi.handle({ api: 'logistics.addOrder', data: { order_id: 'a', delivery_id: 'SF' } })).errcode).toBe(47001)
    expect((await openapi.handle({ api: 'logistics.getPath', data: { order_id: 'nope' } })).errcode).not.toBe(0)
  })
})

describe('shipping-info upload', () => {
  const upload = (over: Record<string, unknown> = {}) => ({
    order_key: { order_number_type: 2, transaction_id: '4200000000000000000000000001' },
    logistics_type: 1,
    delivery_mode: 1,
    shipping_list: [{ tracking_no: 'SF123', express_company: 'SF', item_desc: '白水晶手串*1' }],
    upload_time: '2026-03-01T10:00:00+08:00',
    payer: { openid: 'o-buyer' },
    ...over,
  })

  it('records a well-formed upload', async () => {
    expect((await openapi.handle({ api: 'wxa.sec.order.uploadShippingInfo', data: upload() })).errcode).toBe(0)
    expect((await openapi.outbox())[0]).toMatchObject({ api: 'wxa.sec.order.uploadShippingInfo', openid: 'o-buyer' })
  })

  it.each([
    ['no payer', { payer: undefined }],
    ['no tracking number for express', { shipping_list: [{ express_company: 'SF', item_desc: 'x' }] }],
    ['16 parcels', { delivery_mode: 2, shipping_list: Array.from({ length: 16 }, () => ({ tracking_no: 't', express_company: 'SF', item_desc: 'x' })) }],
    ['bad upload_time', { upload_time: 'yesterday' }],
  ])('refuses %s', async (_label, over) => {
    expect((await openapi.handle({ api: 'wxa.sec.order.uploadShippingInfo', data: upload(over) })).errcode).toBe(47001)
  })
})
