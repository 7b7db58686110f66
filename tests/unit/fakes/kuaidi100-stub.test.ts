import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kuaidi100Sign, startKuaidi100Stub, type Kuaidi100Stub } from '../../../local-cloud/fakes/carrier/kuaidi100-stub'
import { SimulatedCarrier } from '../../../local-cloud/fakes/carrier/simulated-carrier'
import { MemoryStateStore } from '../../../local-cloud/fakes/state-store'

let stub: Kuaidi100Stub
let carrier: SimulatedCarrier

beforeAll(async () => {
  carrier = new SimulatedCarrier(new MemoryStateStore())
  stub = await startKuaidi100Stub(0, { carrier, customer: 'CUST01', key: 'secret-key' })
})
afterAll(() => stub.close())

/** Exactly what a Kuaidi100 client sends: form-urlencoded customer, sign, param. */
async function query(param: Record<string, unknown>, sign?: (p: string) => string, customer = 'CUST01') {
  const paramText = JSON.stringify(param)
  const body = new URLSearchParams({ customer, sign: (sign ?? ((p) => kuaidi100Sign(p, 'secret-key', customer)))(paramText), param: paramText })
  const res = await fetch(`${stub.url}/poll/query.do`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  })
  return res.json()
}

describe('Kuaidi100 stub', () => {
  it('signs as MD5(param + key + customer) in uppercase hex', () => {
    // md5("{}kc"), computed independently with Python's hashlib.
    expect(kuaidi100Sign('{}', 'k', 'c')).toBe('A30F53193A8734AE7C0AAADBD0928316')
  })

  it('answers a correctly signed query with the track, newest first', async () => {
    const { waybillId } = await carrier.createWaybill({ orderId: 'JF1', deliveryId: 'YTO' })
    await carrier.advance(waybillId)
    await carrier.advance(waybillId)
    const reply = await query({ com: 'yuantong', num: waybillId, resultv2: '1' })
    expect(reply).toMatchObject({ message: 'ok', status: '200', com: 'yuantong', nu: waybillId, state: '0', ischeck: '0' })
    expect(reply.data).toHaveLength(2)
    expect(reply.data[0]).toMatchObject({ status: '在途', time: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/) })
    expect(reply.data[1].status).toBe('揽收')
    await carrier.advance(waybillId)
    await carrier.advance(waybillId)
    expect(await query({ com: 'yuantong', num: waybillId })).toMatchObject({ state: '3', ischeck: '1' })
  })

  it('refuses a wrong sign (503), a lowercase sign, and an unknown customer (601)', async () => {
    const { waybillId } = await carrier.createWaybill({ orderId: 'JF2', deliveryId: 'YTO' })
    expect(await query({ com: 'yuantong', num: waybillId }, () => 'BAD')).toMatchObject({ result: false, returnCode: '503' })
    expect(await query({ com: 'yuantong', num: waybillId }, (p) => kuaidi100Sign(p, 'secret-key', 'CUST01').toLowerCase())).toMatchObject({ returnCode: '503' })
    expect(await query({ com: 'yuantong', num: waybillId }, (p) => kuaidi100Sign(p, 'wrong-key', 'CUST01'))).toMatchObject({ returnCode: '503' })
    expect(await query({ com: 'yuantong', num: waybillId }, undefined, 'OTHER')).toMatchObject({ returnCode: '601' })
  })

  it('needs the phone for SF and answers 500 for unknown numbers', async () => {
    const { waybillId } = await carrier.createWaybill({ orderId: 'JF3', deliveryId: 'SF', receiverPhone: '13800001234' })
    expect(await query({ com: 'shunfeng', num: waybillId })).toMatchObject({ returnCode: '408' })
    expect(await query({ com: 'shunfeng', num: waybillId, phone: '1234' })).toMatchObject({ status: '200' })
    expect(await query({ com: 'shunfeng', num: 'SF000' , phone: '1234'})).toMatchObject({ returnCode: '500' })
    expect(await query({ com: 'yuantong', num: waybillId })).toMatchObject({ returnCode: '500' })
  })

  it('keeps a log of requests and rejects other paths', async () => {
    expect(stub.requests.length).toBeGreaterThan(0)
    expect((await fetch(`${stub.url}/poll`, { method: 'POST' })).status).toBe(404)
    expect((await fetch(`${stub.url}/poll/query.do`)).status).toBe(405)
  })
})
