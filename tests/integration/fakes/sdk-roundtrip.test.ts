/**
 * The fakes' replies through the real wx-server-sdk 4.0.2 and the local-cloud runtime: what a cloud
 * function actually sees. Pins the facts in local-cloud/fakes/README.md ("Verified against the SDK").
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalFakes, type LocalFakes, type PlatformCall } from '../../../local-cloud/fakes'
import { createLocalCloud, type LocalCloud } from '../../../local-cloud/runtime/local-cloud'

const functionsDir = join(__dirname, 'fixtures', 'functions')
const sdk = createRequire(join(functionsDir, 'payNotify', 'index.js'))('wx-server-sdk') as any

let cloud: LocalCloud
let fakes: LocalFakes
let dataDir: string
const received: PlatformCall[] = []

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fakes-sdk-'))
  cloud = await createLocalCloud({ dbPath: ':memory:', functionsDir })
  fakes = createLocalFakes({ runtime: cloud, dataDir })
  // Record requests exactly as they reach the fakes, then let the fakes answer.
  cloud.setPayHandler((req) => (received.push(req), fakes.pay.handle(req)))
  cloud.setOpenApiHandler((req) => (received.push(req), fakes.openapi.handle(req)))
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
})

afterAll(async () => {
  await cloud.close()
  rmSync(dataDir, { recursive: true, force: true })
})

/** Runs SDK calls as if inside a function invoked by the buyer; SDK replies are untyped. */
const asBuyer = (fn: () => Promise<any>): Promise<any> => cloud.runAs({ openid: 'o-buyer' }, fn)
const order = (outTradeNo: string) => ({
  body: '晶坊-粉晶球',
  outTradeNo,
  spbillCreateIp: '127.0.0.1',
  subMchId: '1900000109',
  totalFee: 8800,
  envId: 'jingfang-local',
  functionName: 'payNotify',
  nonceStr: 'abcdef',
  tradeType: 'JSAPI',
  attach: 'order:42',
})

describe('cloudPay through the SDK', () => {
  it('unifiedOrder: api name and snake_case keys on the wire; camelCase payment to the caller', async () => {
    const res = await asBuyer(() => sdk.cloudPay.unifiedOrder(order('RT-1')))
    expect(received.at(-1)!.api).toBe('unifiedOrder')
    expect(Object.keys(received.at(-1)!.data).sort()).toEqual(
      ['attach', 'body', 'env_id', 'function_name', 'nonce_str', 'out_trade_no', 'spbill_create_ip', 'sub_mch_id', 'total_fee', 'trade_type'],
    )
    expect(res).toMatchObject({ returnCode: 'SUCCESS', resultCode: 'SUCCESS', errCode: 0, errMsg: 'cloudPay.unifiedOrder:ok' })
    expect(res.prepayId).toMatch(/^wx/)
    expect(res.payment).toMatchObject({
      timeStamp: expect.stringMatching(/^\d{10}$/),
      nonceStr: expect.any(String),
      package: `prepay_id=${res.prepayId}`,
      signType: 'MD5',
      paySign: expect.any(String),
    })
  })

  it('a refusal arrives as resultCode FAIL — and the SDK overwrites errCode with 0', async () => {
    await asBuyer(() => sdk.cloudPay.unifiedOrder(order('RT-2')))
    const res = await asBuyer(() => sdk.cloudPay.unifiedOrder({ ...order('RT-2'), totalFee: 1 }))
    expect(res).toMatchObject({ returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 0, errCodeDes: expect.stringContaining('201') })
  })

  it('simulatePay runs the real payNotify bundle as wx_paycallback with no OPENID', async () => {
    await asBuyer(() => sdk.cloudPay.unifiedOrder(order('RT-3')))
    const { deliveries } = await fakes.pay.simulatePay('RT-3', { openid: 'o-buyer' })
    expect(deliveries).toEqual([{ reply: { errcode: 0, errmsg: 'OK' }, error: null }])
    const seen = (globalThis as any).__fakesPayNotifySeen.at(-1)
    expect(seen.source).toBe('wx_paycallback')
    expect(seen.openid).toBeNull()
    expect(seen.event).toMatchObject({ outTradeNo: 'RT-3', totalFee: 8800, subOpenid: 'o-buyer', resultCode: 'SUCCESS', attach: 'order:42' })
    const query = await asBuyer(() => sdk.cloudPay.queryOrder({ subMchId: '1900000109', outTradeNo: 'RT-3', nonceStr: 'x' }))
    expect(query).toMatchObject({ tradeState: 'SUCCESS', transactionId: seen.event.transactionId })
  })

  it('refund and queryRefund keep v2 field names, camelCased by the SDK', async () => {
    const refund = await asBuyer(() =>
      sdk.cloudPay.refund({
        subMchId: '1900000109', nonceStr: 'x', outTradeNo: 'RT-3', outRefundNo: 'RT-3-R1', totalFee: 8800, refundFee: 800,
        envId: 'jingfang-local', functionName: 'payNotify',
      }),
    )
    expect(received.at(-1)!.api).toBe('refund')
    expect(refund).toMatchObject({ resultCode: 'SUCCESS', outRefundNo: 'RT-3-R1', refundFee: 800 })
    await fakes.pay.settled()
    expect((globalThis as any).__fakesPayNotifySeen.at(-1).event).toMatchObject({ refundStatus: 'SUCCESS', outRefundNo: 'RT-3-R1' })
    const q = await asBuyer(() => sdk.cloudPay.queryRefund({ subMchId: '1900000109', nonceStr: 'x', outRefundNo: 'RT-3-R1' }))
    // convertCase only rewrites "_x" letters, so indexed v2 fields keep their numeric suffix.
    expect(q).toMatchObject({ refundCount: 1, outRefundNo_0: 'RT-3-R1', refundStatus_0: 'SUCCESS' })
  })
})

describe('openapi through the SDK', () => {
  it('subscribeMessage.send: templateId travels as template_id; errcode ≠ 0 throws with that errCode', async () => {
    const send = () =>
      asBuyer(() =>
        sdk.openapi.subscribeMessage.send({
          touser: 'o-buyer', templateId: 'TPL', page: 'pages/home/index', miniprogramState: 'developer',
          data: { thing1: { value: '您的订单已发货' } },
        }),
      )
    const ok = await send()
    expect(ok).toMatchObject({ errCode: 0 })
    expect(received.at(-1)).toMatchObject({ api: 'subscribeMessage.send', data: { template_id: 'TPL', miniprogram_state: 'developer' } })
    fakes.openapi.failNext('subscribeMessage.send', 43101)
    await expect(send()).rejects.toMatchObject({ errCode: 43101 })
  })

  it('logistics.addOrder reply is camelCased; nested api names arrive dot-joined', async () => {
    const res = await asBuyer(() =>
      sdk.openapi.logistics.addOrder({
        addSource: 0, orderId: 'RT-W1', openid: 'o-buyer', deliveryId: 'SF', bizId: 'SF_CASH',
        sender: { name: '晶坊', mobile: '13800000000', address: '东海县' },
        receiver: { name: '张三', mobile: '13900000000', address: '上海' },
        cargo: { count: 1, weight: 0.5, detailList: [{ name: '粉晶球', count: 1 }] },
      }),
    )
    expect(res.waybillId).toMatch(/^SF\d{12}$/)
    expect(received.at(-1)!.data.cargo.detail_list).toEqual([{ name: '粉晶球', count: 1 }])
    await asBuyer(() =>
      sdk.openapi.wxa.sec.order.uploadShippingInfo({
        orderKey: { orderNumberType: 2, transactionId: '4200000000000000000000000001' },
        logisticsType: 1, deliveryMode: 1,
        shippingList: [{ trackingNo: res.waybillId, expressCompany: 'SF', itemDesc: '粉晶球*1' }],
        uploadTime: new Date().toISOString(), payer: { openid: 'o-buyer' },
      }),
    )
    expect(received.at(-1)).toMatchObject({ api: 'wxa.sec.order.uploadShippingInfo', data: { order_key: { order_number_type: 2 } } })
  })
})
