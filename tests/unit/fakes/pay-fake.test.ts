import { beforeEach, describe, expect, it } from 'vitest'
import { manualClock } from '../../../local-cloud/fakes/clock'
import { FakeError } from '../../../local-cloud/fakes/fake-error'
import { PayFake } from '../../../local-cloud/fakes/pay/pay-fake'
import { MemoryStateStore } from '../../../local-cloud/fakes/state-store'
import { recordingRuntime } from './fake-runtime'

const T0 = Date.parse('2026-03-01T10:00:00+08:00')

/** unifiedOrder params as they reach request(): already snake_case. */
const order = (over: Record<string, unknown> = {}) => ({
  body: '晶坊-白水晶手串',
  out_trade_no: 'JF202603010001',
  spbill_create_ip: '127.0.0.1',
  sub_mch_id: '1900000109',
  total_fee: 12800,
  nonce_str: 'n0nce',
  env_id: 'dev-env',
  function_name: 'payNotify',
  attach: 'order:abc',
  ...over,
})

const refundReq = (over: Record<string, unknown> = {}) => ({
  sub_mch_id: '1900000109',
  nonce_str: 'n',
  out_trade_no: 'JF202603010001',
  out_refund_no: 'RF1',
  total_fee: 12800,
  refund_fee: 5000,
  env_id: 'dev-env',
  function_name: 'payNotify',
  ...over,
})

let clock: ReturnType<typeof manualClock>
let rt: ReturnType<typeof recordingRuntime>
let pay: PayFake

beforeEach(() => {
  clock = manualClock(T0)
  rt = recordingRuntime()
  pay = new PayFake({ runtime: rt.runtime, store: new MemoryStateStore(), clock })
})

async function paidOrder() {
  await pay.handle({ api: 'unifiedOrder', data: order() })
  return pay.simulatePay('JF202603010001', { openid: 'o-buyer' })
}

describe('unifiedOrder', () => {
  it('returns the payment object wx.requestPayment needs', async () => {
    const reply = await pay.handle({ api: 'unifiedOrder', data: order() })
    expect(reply).toMatchObject({ return_code: 'SUCCESS', result_code: 'SUCCESS', prepay_id: expect.stringMatching(/^wx/) })
    expect(reply.payment).toEqual({
      appId: expect.any(String),
      timeStamp: String(T0 / 1000),
      nonceStr: expect.any(String),
      package: `prepay_id=${reply.prepay_id}`,
      signType: 'MD5',
      paySign: expect.stringMatching(/^[0-9A-F]{32}$/),
    })
  })

  it('accepts camelCase keys too (dev tools calling it directly)', async () => {
    const reply = await pay.unifiedOrder({
      body: 'x', outTradeNo: 'A1', spbillCreateIp: '127.0.0.1', subMchId: 'm', totalFee: 1, nonceStr: 'n', envId: 'e', functionName: 'payNotify',
    })
    expect(reply.result_code).toBe('SUCCESS')
  })

  it.each(['body', 'out_trade_no', 'total_fee', 'sub_mch_id', 'nonce_str', 'env_id', 'function_name', 'spbill_create_ip'])(
    'refuses a request missing %s with return_code FAIL',
    async (field) => {
      const reply = await pay.handle({ api: 'unifiedOrder', data: order({ [field]: undefined }) })
      expect(reply.return_code).toBe('FAIL')
      expect(reply.return_msg).toContain(field)
    },
  )

  it.each([
    ['fractional fen', { total_fee: 12.5 }],
    ['zero amount', { total_fee: 0 }],
    ['amount as a string', { total_fee: '12800' }],
    ['out_trade_no too long', { out_trade_no: 'x'.repeat(33) }],
    ['out_trade_no with a space', { out_trade_no: 'JF 1' }],
    ['body over 128 chars', { body: '晶'.repeat(129) }],
    ['attach over 127 chars', { attach: 'a'.repeat(128) }],
  ])('refuses %s with PARAM_ERROR', async (_label, over) => {
    const reply = await pay.handle({ api: 'unifiedOrder', data: order(over) })
    expect(reply).toMatchObject({ return_code: 'SUCCESS', result_code: 'FAIL', err_code: 'PARAM_ERROR' })
  })

  it('gives the same prepay for an identical repeat', async () => {
    const first = await pay.handle({ api: 'unifiedOrder', data: order() })
    const again = await pay.handle({ api: 'unifiedOrder', data: order({ nonce_str: 'other' }) })
    expect(again.prepay_id).toBe(first.prepay_id)
    expect(await pay.listPrepays()).toHaveLength(1)
  })

  it('refuses a duplicate outTradeNo with a different amount (INVALID_REQUEST)', async () => {
    await pay.handle({ api: 'unifiedOrder', data: order() })
    const reply = await pay.handle({ api: 'unifiedOrder', data: order({ total_fee: 1 }) })
    expect(reply).toMatchObject({ result_code: 'FAIL', err_code: 'INVALID_REQUEST' })
    expect((await pay.listPrepays())[0].totalFee).toBe(12800)
  })

  it('refuses an already-paid outTradeNo (ORDERPAID) and a closed one (ORDERCLOSED)', async () => {
    await paidOrder()
    expect(await pay.handle({ api: 'unifiedOrder', data: order() })).toMatchObject({ err_code: 'ORDERPAID' })
    await pay.handle({ api: 'unifiedOrder', data: order({ out_trade_no: 'C1' }) })
    await pay.handle({ api: 'closeOrder', data: { out_trade_no: 'C1', sub_mch_id: 'm', nonce_str: 'n' } })
    expect(await pay.handle({ api: 'unifiedOrder', data: order({ out_trade_no: 'C1' }) })).toMatchObject({ err_code: 'ORDERCLOSED' })
  })

  it('lets only one of two racing identical-number orders with different amounts win', async () => {
    const [a, b] = await Promise.all([
      pay.handle({ api: 'unifiedOrder', data: order({ total_fee: 100 }) }),
      pay.handle({ api: 'unifiedOrder', data: order({ total_fee: 200 }) }),
    ])
    expect([a.result_code, b.result_code].sort()).toEqual(['FAIL', 'SUCCESS'])
  })

  it('answers an unknown cloudPay api with return_code FAIL', async () => {
    expect(await pay.handle({ api: 'downloadBill', data: {} })).toMatchObject({ return_code: 'FAIL' })
  })
})

describe('simulatePay', () => {
  it('delivers the camelCase v2 notification to functionName as wx_paycallback', async () => {
    await pay.handle({ api: 'unifiedOrder', data: order() })
    const result = await pay.simulatePay('JF202603010001', { openid: 'o-buyer' })
    expect(rt.invokes).toHaveLength(1)
    const { fn, event, identity } = rt.invokes[0]
    expect(fn).toBe('payNotify')
    expect(identity).toEqual({ openid: null, source: 'wx_paycallback' })
    expect(event).toMatchObject({
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      subMchId: '1900000109',
      subOpenid: 'o-buyer',
      tradeType: 'JSAPI',
      totalFee: 12800,
      cashFee: 12800,
      feeType: 'CNY',
      outTradeNo: 'JF202603010001',
      transactionId: result.transactionId,
      timeEnd: '20260301100000',
      attach: 'order:abc',
    })
    expect(event.bankType).toEqual(expect.any(String))
    expect(result.deliveries).toEqual([{ reply: { errcode: 0, errmsg: 'OK' }, error: null }])
  })

  it('can send a tampered amount and repeat the notification', async () => {
    await pay.handle({ api: 'unifiedOrder', data: order() })
    await pay.simulatePay('JF202603010001', { openid: 'o-buyer', totalFee: 1, times: 3 })
    expect(rt.invokes.map((c) => c.event.totalFee)).toEqual([1, 1, 1])
    expect(new Set(rt.invokes.map((c) => c.event.transactionId)).size).toBe(1)
    // The order itself was still for the real amount.
    expect(await pay.queryOrder({ out_trade_no: 'JF202603010001' })).toMatchObject({ trade_state: 'SUCCESS', total_fee: 12800 })
  })

  it('defaults the payer to whoever called unifiedOrder', async () => {
    await pay.handle({ api: 'unifiedOrder', data: order(), openid: 'o-caller' })
    await pay.simulatePay('JF202603010001')
    expect(rt.invokes[0].event.subOpenid).toBe('o-caller')
  })

  it('records a failing callback instead of throwing', async () => {
    rt = recordingRuntime(() => {
      throw new Error('boom')
    })
    pay = new PayFake({ runtime: rt.runtime, store: new MemoryStateStore(), clock })
    await pay.handle({ api: 'unifiedOrder', data: order() })
    const result = await pay.simulatePay('JF202603010001', { openid: 'o' })
    expect(result.deliveries[0].error).toBe('boom')
    expect((await pay.listPrepays())[0].deliveries[0].error).toBe('boom')
  })

  it('refuses unknown, closed, or unnamed-payer orders', async () => {
    await expect(pay.simulatePay('nope', { openid: 'o' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await pay.handle({ api: 'unifiedOrder', data: order() })
    await expect(pay.simulatePay('JF202603010001')).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await pay.closeOrder({ out_trade_no: 'JF202603010001' })
    await expect(pay.simulatePay('JF202603010001', { openid: 'o' })).rejects.toBeInstanceOf(FakeError)
    expect(rt.invokes).toHaveLength(0)
  })
})

describe('queryOrder and closeOrder', () => {
  it('reports NOTPAY, then SUCCESS, then REFUND', async () => {
    await pay.handle({ api: 'unifiedOrder', data: order() })
    expect(await pay.handle({ api: 'queryOrder', data: { out_trade_no: 'JF202603010001' } })).toMatchObject({ trade_state: 'NOTPAY' })
    const { transactionId } = await pay.simulatePay('JF202603010001', { openid: 'o' })
    expect(await pay.handle({ api: 'queryOrder', data: { transaction_id: transactionId } })).toMatchObject({
      trade_state: 'SUCCESS',
      time_end: '20260301100000',
      sub_openid: 'o',
    })
    await pay.handle({ api: 'refund', data: refundReq() })
    expect(await pay.handle({ api: 'queryOrder', data: { out_trade_no: 'JF202603010001' } })).toMatchObject({ trade_state: 'REFUND' })
  })

  it('says ORDERNOTEXIST for an unknown order', async () => {
    expect(await pay.handle({ api: 'queryOrder', data: { out_trade_no: 'zzz' } })).toMatchObject({ err_code: 'ORDERNOTEXIST' })
  })

  it('closes an unpaid order (CLOSED) and refuses to close a paid one', async () => {
    await pay.handle({ api: 'unifiedOrder', data: order() })
    expect(await pay.handle({ api: 'closeOrder', data: { out_trade_no: 'JF202603010001' } })).toMatchObject({ result_code: 'SUCCESS' })
    expect(await pay.queryOrder({ out_trade_no: 'JF202603010001' })).toMatchObject({ trade_state: 'CLOSED' })
    await pay.handle({ api: 'unifiedOrder', data: order({ out_trade_no: 'P1' }) })
    await pay.simulatePay('P1', { openid: 'o' })
    expect(await pay.handle({ api: 'closeOrder', data: { out_trade_no: 'P1' } })).toMatchObject({ err_code: 'ORDERPAID' })
  })

  it('with strictCloseDelay, refuses to close within 5 minutes of creation', async () => {
    pay = new PayFake({ runtime: rt.runtime, store: new MemoryStateStore(), clock, strictCloseDelay: true })
    await pay.handle({ api: 'unifiedOrder', data: order() })
    clock.advance(4 * 60_000)
    expect(await pay.closeOrder({ out_trade_no: 'JF202603010001' })).toMatchObject({ result_code: 'FAIL', err_code: 'SYSTEMERROR' })
    clock.advance(60_000)
    expect(await pay.closeOrder({ out_trade_no: 'JF202603010001' })).toMatchObject({ result_code: 'SUCCESS' })
  })
})

describe('refund', () => {
  it('refunds, then delivers the refund notification asynchronously', async () => {
    await paidOrder()
    rt.invokes.length = 0
    const reply = await pay.handle({ api: 'refund', data: refundReq() })
    expect(reply).toMatchObject({ result_code: 'SUCCESS', out_refund_no: 'RF1', refund_fee: 5000, refund_id: expect.any(String) })
    expect(rt.invokes).toHaveLength(0) // not yet: WeChat notifies later
    await pay.settled()
    expect(rt.invokes).toHaveLength(1)
    expect(rt.invokes[0]).toMatchObject({
      fn: 'payNotify',
      identity: { source: 'wx_paycallback' },
      event: {
        refundStatus: 'SUCCESS',
        outRefundNo: 'RF1',
        refundId: reply.refund_id,
        refundFee: 5000,
        settlementRefundFee: 5000,
        totalFee: 12800,
        outTradeNo: 'JF202603010001',
        successTime: '2026-03-01 10:00:00',
      },
    })
    expect(await pay.queryRefund({ out_refund_no: 'RF1' })).toMatchObject({
      refund_count: 1,
      out_refund_no_0: 'RF1',
      refund_status_0: 'SUCCESS',
      refund_fee_0: 5000,
    })
  })

  it('is idempotent on out_refund_no: same request, same refund, one notification', async () => {
    await paidOrder()
    rt.invokes.length = 0
    const first = await pay.handle({ api: 'refund', data: refundReq() })
    const again = await pay.handle({ api: 'refund', data: refundReq({ nonce_str: 'other' }) })
    await pay.settled()
    expect(again.refund_id).toBe(first.refund_id)
    expect(rt.invokes).toHaveLength(1)
    expect((await pay.listPrepays())[0].refundedFee).toBe(5000)
  })

  it('refuses out_refund_no reused with a different amount', async () => {
    await paidOrder()
    await pay.handle({ api: 'refund', data: refundReq() })
    expect(await pay.handle({ api: 'refund', data: refundReq({ refund_fee: 6000 }) })).toMatchObject({
      result_code: 'FAIL',
      err_code: 'PARAM_ERROR',
    })
  })

  it('refuses to refund more than was paid, across partial refunds', async () => {
    await paidOrder()
    expect(await pay.handle({ api: 'refund', data: refundReq({ out_refund_no: 'R1', refund_fee: 8000 }) })).toMatchObject({ result_code: 'SUCCESS' })
    expect(await pay.handle({ api: 'refund', data: refundReq({ out_refund_no: 'R2', refund_fee: 4801 }) })).toMatchObject({ result_code: 'FAIL' })
    expect(await pay.handle({ api: 'refund', data: refundReq({ out_refund_no: 'R3', refund_fee: 4800 }) })).toMatchObject({ result_code: 'SUCCESS' })
    expect(await pay.handle({ api: 'refund', data: refundReq({ out_refund_no: 'R4', refund_fee: 1 }) })).toMatchObject({ result_code: 'FAIL' })
    expect(await pay.handle({ api: 'refund', data: refundReq({ out_refund_no: 'R5', refund_fee: 12801 }) })).toMatchObject({ err_code: 'PARAM_ERROR' })
  })

  it('two racing refunds for the whole amount: only one succeeds', async () => {
    await paidOrder()
    const replies = await Promise.all([
      pay.handle({ api: 'refund', data: refundReq({ out_refund_no: 'A', refund_fee: 12800 }) }),
      pay.handle({ api: 'refund', data: refundReq({ out_refund_no: 'B', refund_fee: 12800 }) }),
    ])
    expect(replies.map((r) => r.result_code).sort()).toEqual(['FAIL', 'SUCCESS'])
  })

  it('allows at most 50 partial refunds', async () => {
    await paidOrder()
    for (let n = 0; n < 50; n++) {
      expect(await pay.refund(refundReq({ out_refund_no: `R${n}`, refund_fee: 1 }))).toMatchObject({ result_code: 'SUCCESS' })
    }
    expect(await pay.refund(refundReq({ out_refund_no: 'R50', refund_fee: 1 }))).toMatchObject({ result_code: 'FAIL' })
    await pay.settled()
  })

  it('refuses unpaid orders, a wrong total_fee and orders older than a year', async () => {
    await pay.handle({ api: 'unifiedOrder', data: order() })
    expect(await pay.refund(refundReq())).toMatchObject({ result_code: 'FAIL' })
    await pay.simulatePay('JF202603010001', { openid: 'o' })
    expect(await pay.refund(refundReq({ total_fee: 99999 }))).toMatchObject({ err_code: 'PARAM_ERROR' })
    clock.advance(366 * 24 * 3600_000)
    expect(await pay.refund(refundReq())).toMatchObject({ result_code: 'FAIL', err_code_des: expect.stringContaining('一年') })
    expect(await pay.queryRefund({ out_trade_no: 'JF202603010001' })).toMatchObject({ err_code: 'REFUNDNOTEXIST' })
  })
})
