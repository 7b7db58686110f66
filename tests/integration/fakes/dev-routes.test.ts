/**
 * The dev endpoints on a real node:http server bound to 127.0.0.1, driving the fakes the way a
 * developer's curl or an e2e test would, with a runtime whose invoke() records what WeChat would call.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalFakes, type LocalFakes } from '../../../local-cloud/fakes'
import { recordingRuntime } from '../../unit/fakes/fake-runtime'

let server: Server
let base: string
let dataDir: string
let fakes: LocalFakes
const rt = recordingRuntime((call) => (call.fn === 'cron' ? { ok: true, data: 'ticked' } : { errcode: 0, errmsg: 'OK' }))

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fakes-dev-'))
  const functionsDir = join(dataDir, 'cloudfunctions')
  mkdirSync(join(functionsDir, 'cron'), { recursive: true })
  writeFileSync(
    join(functionsDir, 'cron', 'config.json'),
    JSON.stringify({ permissions: { openapi: [] }, triggers: [{ name: 'everySecond', type: 'timer', config: '* * * * * * *' }] }),
  )
  fakes = createLocalFakes({ runtime: rt.runtime, dataDir, functionsDir })
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    void (async () => {
      if (await fakes.devRoutes(req, res, url)) return
      if (await fakes.fileRoutes(req, res, url)) return
      res.writeHead(404).end('not mine')
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  fakes.timers.stop()
  await new Promise((resolve) => server.close(resolve))
  rmSync(dataDir, { recursive: true, force: true })
})

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}

const unifiedOrder = (outTradeNo: string, totalFee = 12800) =>
  rt.handlers.pay!({
    api: 'unifiedOrder',
    data: {
      body: '晶坊-紫水晶簇',
      out_trade_no: outTradeNo,
      spbill_create_ip: '127.0.0.1',
      sub_mch_id: '1900000109',
      total_fee: totalFee,
      nonce_str: 'abc',
      env_id: 'local',
      function_name: 'payNotify',
      attach: 'o1',
    },
  })

describe('wiring', () => {
  it('registers the pay and openapi handlers with the runtime', () => {
    expect(rt.handlers.pay).toBeTypeOf('function')
    expect(rt.handlers.openapi).toBeTypeOf('function')
  })

  it('leaves non-dev paths to the next handler', async () => {
    const res = await fetch(`${base}/api/functions/shop`, { method: 'POST' })
    expect(await res.text()).toBe('not mine')
  })

  it('answers unknown dev paths and wrong methods with JSON errors', async () => {
    expect(await call('GET', '/api/dev/nope')).toMatchObject({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND' } } })
    expect(await call('GET', '/api/dev/pay/simulate')).toMatchObject({ status: 405, body: { ok: false } })
    expect(await call('POST', '/api/dev/pay/simulate', '{not json')).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT' } } })
  })
})

describe('pay', () => {
  it('lists prepays and simulates payment: camelCase callback as wx_paycallback', async () => {
    await unifiedOrder('JF-DEV-1')
    const list = await call('GET', '/api/dev/pay')
    expect(list.body.data.prepays).toEqual([expect.objectContaining({ outTradeNo: 'JF-DEV-1', state: 'NOTPAY', totalFee: 12800 })])

    rt.invokes.length = 0
    const sim = await call('POST', '/api/dev/pay/simulate', { outTradeNo: 'JF-DEV-1', openid: 'o-buyer', times: 2 })
    expect(sim.status).toBe(200)
    expect(sim.body.data.deliveries).toHaveLength(2)
    expect(rt.invokes).toHaveLength(2)
    for (const invoke of rt.invokes) {
      expect(invoke.fn).toBe('payNotify')
      expect(invoke.identity?.source).toBe('wx_paycallback')
      expect(invoke.event).toMatchObject({
        returnCode: 'SUCCESS',
        resultCode: 'SUCCESS',
        outTradeNo: 'JF-DEV-1',
        totalFee: 12800,
        subOpenid: 'o-buyer',
        feeType: 'CNY',
        tradeType: 'JSAPI',
        attach: 'o1',
        timeEnd: expect.stringMatching(/^\d{14}$/),
      })
      expect(Object.keys(invoke.event).every((k) => !k.includes('_'))).toBe(true)
    }
    expect((await call('GET', '/api/dev/pay')).body.data.prepays[0]).toMatchObject({ state: 'SUCCESS', paidOpenid: 'o-buyer' })
  })

  it('sends a tampered amount when asked', async () => {
    await unifiedOrder('JF-DEV-2')
    rt.invokes.length = 0
    await call('POST', '/api/dev/pay/simulate', { outTradeNo: 'JF-DEV-2', openid: 'o-buyer', totalFee: 1 })
    expect(rt.invokes[0].event.totalFee).toBe(1)
  })

  it('refuses bad simulate requests with bilingual JSON errors', async () => {
    expect(await call('POST', '/api/dev/pay/simulate', {})).toMatchObject({ status: 400, body: { ok: false, error: { code: 'INVALID_INPUT' } } })
    const missing = await call('POST', '/api/dev/pay/simulate', { outTradeNo: 'none', openid: 'o' })
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } })
    expect(missing.body.error.message).toMatch(/不存在 \/ no prepay/)
    expect(await call('POST', '/api/dev/pay/simulate', { outTradeNo: 'JF-DEV-1', totalFee: '1' })).toMatchObject({ status: 400 })
  })
})

describe('openapi outbox and subscriptions', () => {
  const send = (touser: string) =>
    rt.handlers.openapi!({
      api: 'subscribeMessage.send',
      data: { touser, template_id: 'TPL', data: { thing1: { value: '发货啦' } } },
    })

  it('shows calls in the outbox and clears it', async () => {
    await call('POST', '/api/dev/outbox/clear')
    await send('o-buyer')
    const outbox = await call('GET', '/api/dev/outbox?api=subscribeMessage.send')
    expect(outbox.body.data.entries).toEqual([expect.objectContaining({ api: 'subscribeMessage.send', openid: 'o-buyer', errcode: 0 })])
    await call('POST', '/api/dev/outbox/clear')
    expect((await call('GET', '/api/dev/outbox')).body.data.entries).toEqual([])
  })

  it('failNext injects a failure the next call sees', async () => {
    expect(await call('POST', '/api/dev/openapi/fail', { api: 'subscribeMessage.send', errcode: 43101 })).toMatchObject({ status: 200 })
    expect((await send('o-buyer')).errcode).toBe(43101)
    expect((await send('o-buyer')).errcode).toBe(0)
    expect(await call('POST', '/api/dev/openapi/fail', { api: 'x' })).toMatchObject({ status: 400 })
  })

  it('grants subscriptions that strict mode then requires', async () => {
    fakes.openapi.strictSubscriptions = true
    try {
      expect((await send('o-strict')).errcode).toBe(43101)
      const granted = await call('POST', '/api/dev/subscriptions', { openid: 'o-strict', templateIds: ['TPL'] })
      expect(granted.body.data.grants).toEqual([expect.objectContaining({ openid: 'o-strict', templateId: 'TPL', remaining: 1 })])
      expect((await send('o-strict')).errcode).toBe(0)
      expect(await call('POST', '/api/dev/subscriptions', { openid: 'o', templateIds: 'TPL' })).toMatchObject({ status: 400 })
    } finally {
      fakes.openapi.strictSubscriptions = false
    }
  })
})

describe('carrier', () => {
  it('lists waybills and advances them with normalised tracks', async () => {
    const added = await rt.handlers.openapi!({
      api: 'logistics.addOrder',
      data: { order_id: 'JF-W1', delivery_id: 'ZTO', openid: 'o-buyer', receiver: { name: '李四', mobile: '13900000000', address: '北京路1号' } },
    })
    const waybills = await call('GET', '/api/dev/waybills')
    expect(waybills.body.data.waybills).toEqual([expect.objectContaining({ waybillId: added.waybill_id, tracks: [] })])
    const steps = []
    for (let n = 0; n < 4; n++) steps.push((await call('POST', '/api/dev/carrier/advance', { waybillId: added.waybill_id })).body.data.tracks.at(-1).status)
    expect(steps).toEqual(['picked_up', 'in_transit', 'out_for_delivery', 'signed'])
    expect(await call('POST', '/api/dev/carrier/advance', { waybillId: added.waybill_id })).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } })
    expect(await call('POST', '/api/dev/carrier/advance', { waybillId: 'nope' })).toMatchObject({ status: 404 })
  })
})

describe('timers', () => {
  it('lists triggers and fires on demand as wx_trigger', async () => {
    const list = await call('GET', '/api/dev/timers')
    expect(list.body.data.timers).toEqual([expect.objectContaining({ fn: 'cron', name: 'everySecond', cron: '* * * * * * *' })])
    rt.invokes.length = 0
    const fired = await call('POST', '/api/dev/timers/fire', { fn: 'cron' })
    expect(fired.body.data).toMatchObject({ fn: 'cron', name: 'everySecond', result: { ok: true, data: 'ticked' }, error: null })
    expect(rt.invokes).toEqual([
      {
        fn: 'cron',
        event: { Type: 'Timer', TriggerName: 'everySecond', Time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/) },
        identity: { openid: null, source: 'wx_trigger' },
      },
    ])
    expect(await call('POST', '/api/dev/timers/fire', { fn: 'shop' })).toMatchObject({ status: 404 })
  })

  it('fires on schedule once started, and stops when stopped', async () => {
    rt.invokes.length = 0
    fakes.timers.start()
    const deadline = Date.now() + 3000
    while (rt.invokes.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    fakes.timers.stop()
    expect(rt.invokes.length).toBeGreaterThanOrEqual(2)
    expect(rt.invokes.every((c) => c.fn === 'cron' && c.identity?.source === 'wx_trigger')).toBe(true)
    const times = rt.invokes.map((c) => Date.parse(c.event.Time))
    expect(times[1] - times[0]).toBe(1000)
    const after = rt.invokes.length
    await new Promise((r) => setTimeout(r, 1200))
    expect(rt.invokes.length).toBe(after)
  })
})

describe('files', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'

  it('uploads base64 and serves it back with the right content type', async () => {
    const up = await call('POST', '/api/dev/files', { path: 'demo/logo.svg', base64: Buffer.from(svg).toString('base64') })
    expect(up).toMatchObject({ status: 200, body: { ok: true, data: { url: '/files/demo/logo.svg' } } })
    const res = await fetch(base + up.body.data.url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/svg+xml')
    expect(await res.text()).toBe(svg)
    const png = await call('POST', '/api/dev/files', { path: 'demo/p.png', base64: 'data:image/png;base64,iVBORw0KGgo=' })
    expect((await fetch(base + png.body.data.url)).headers.get('content-type')).toBe('image/png')
  })

  it('refuses traversal on upload and download, bad base64, and missing files', async () => {
    expect(await call('POST', '/api/dev/files', { path: '../escape.svg', base64: 'AAAA' })).toMatchObject({ status: 400 })
    expect(await call('POST', '/api/dev/files', { path: 'ok.svg', base64: 'not base64!' })).toMatchObject({ status: 400 })
    const encoded = await fetch(`${base}/files/..%2F..%2Fetc%2Fpasswd`)
    expect(encoded.status).toBe(400)
    expect(await encoded.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await fetch(`${base}/files/nothing/here.png`)).status).toBe(404)
    expect((await fetch(`${base}/files/%E0%A4%A.png`)).status).toBe(400)
  })
})
