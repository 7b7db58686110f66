/**
 * The runtime around the store: function loading, caller identity, cloud.callFunction, cloudPay and
 * openapi reaching pluggable handlers in the SDK's own encodings, fault injection, persistence.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createLocalCloud } from '../../local-cloud/runtime/local-cloud'
import { patchSdk } from '../../local-cloud/runtime/sdk-bridge'
import { FIXTURES_DIR, type TestCloud, openTestCloud, tempDbPath } from './helpers'

let t: TestCloud | undefined
afterEach(async () => {
  await t?.cloud.close()
  t = undefined
})

describe('invoking functions', () => {
  it('gives the function the caller identity, the configured env and the userInfo the client adds', async () => {
    t = await openTestCloud({ env: { JF_OWNER_OPENID: 'o-owner' } })
    const res: any = await t.cloud.invoke('whoami', { action: 'me' }, { openid: 'o-alice' })
    expect(res.before).toEqual({ OPENID: 'o-alice', APPID: expect.any(String), ENV: 'jingfang-local', SOURCE: 'wx_client' })
    expect(res.after).toEqual(res.before)
    expect(res.userInfo).toEqual({ appId: res.before.APPID, openId: 'o-alice' })
    expect(res.owner).toBe('o-owner')
  })

  it('has no OPENID for a timer trigger', async () => {
    t = await openTestCloud()
    const res: any = await t.cloud.invoke('whoami', {}, { source: 'wx_trigger' })
    expect(res.before.OPENID).toBeUndefined()
    expect(res.before.SOURCE).toBe('wx_trigger')
    expect(res.userInfo).toBeNull()
  })

  it('returns what the caller would receive over the wire (JSON: dates become strings, undefined vanishes)', async () => {
    t = await openTestCloud()
    const res = await t.cloud.invoke('echo', { action: 'x', input: { n: 1 } }, { openid: 'o-a' })
    expect(res).toEqual({
      event: { action: 'x', input: { n: 1 }, userInfo: { appId: expect.any(String), openId: 'o-a' } },
      at: '1970-01-01T00:00:00.000Z',
    })
    expect(res).not.toHaveProperty('gone')
  })

  it('names the build step when a function bundle is missing', async () => {
    t = await openTestCloud()
    await expect(t.cloud.invoke('shop', {}, { openid: 'o-a' })).rejects.toThrow('npm run build:functions')
  })

  it('refuses function names that could escape the functions folder', async () => {
    t = await openTestCloud()
    await expect(t.cloud.invoke('../contract', {}, { openid: 'o-a' })).rejects.toThrow('invalid function name')
  })

  it('propagates an error thrown by the function', async () => {
    t = await openTestCloud()
    await expect(t.cloud.invoke('boom', {}, { openid: 'o-a' })).rejects.toThrow('boom: fixture failure')
  })
})

describe('cloud.callFunction between functions', () => {
  it('runs the other local function with the same caller, marked as called from a function', async () => {
    t = await openTestCloud()
    const res: any = await t.cloud.invoke('caller', { target: 'whoami' }, { openid: 'o-bob' })
    expect(res.ok).toBe(true)
    expect(res.result.before).toMatchObject({ OPENID: 'o-bob', SOURCE: 'wx_client,scf' })
  })

  it('surfaces the callee failure as a rejected callFunction', async () => {
    t = await openTestCloud()
    const res: any = await t.cloud.invoke('caller', { target: 'boom' }, { openid: 'o-bob' })
    expect(res).toMatchObject({ ok: false, errMsg: expect.stringContaining('boom: fixture failure') })
  })
})

describe('openapi and cloudPay', () => {
  it('fails clearly while no handler is set', async () => {
    t = await openTestCloud()
    expect(await t.cloud.invoke('wxapis', { kind: 'openapi', touser: 'o-a' }, { openid: 'o-a' })).toMatchObject({
      ok: false,
      errMsg: expect.stringContaining('no openapi handler'),
    })
    expect(await t.cloud.invoke('wxapis', { kind: 'pay', outTradeNo: 'T0' }, { openid: 'o-a' })).toMatchObject({
      ok: false,
      errMsg: expect.stringContaining('no cloudPay handler'),
    })
  })

  it('decodes the protobuf openapi request to { api, data } in snake_case and encodes the reply', async () => {
    t = await openTestCloud()
    const seen: unknown[] = []
    t.cloud.setOpenApiHandler(async (req) => {
      seen.push(req)
      return { errcode: 0, errmsg: 'ok', msg_id: 42 }
    })
    const res = await t.cloud.invoke('wxapis', { kind: 'openapi', touser: 'o-a' }, { openid: 'o-a' })
    expect(seen).toEqual([
      {
        api: 'subscribeMessage.send',
        data: {
          touser: 'o-a',
          template_id: 'TPL_SHIPPED',
          page: 'packages/order/detail/index?id=o1',
          data: { thing1: { value: '紫水晶手串' } },
        },
      },
    ])
    expect(res).toEqual({ ok: true, value: { msgId: 42, errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' } })
  })

  it('turns a WeChat errcode into the error the SDK throws, so fakes can simulate failures', async () => {
    t = await openTestCloud()
    t.cloud.setOpenApiHandler(async () => ({ errcode: 43101, errmsg: 'user refuse to accept the msg' }))
    expect(await t.cloud.invoke('wxapis', { kind: 'openapi', touser: 'o-a' }, { openid: 'o-a' })).toEqual({
      ok: false,
      errCode: 43101,
      errMsg: 'openapi.subscribeMessage.send:fail user refuse to accept the msg',
    })
  })

  it('gives the pay handler the snake_case request and the function the camelCase reply', async () => {
    t = await openTestCloud()
    const seen: unknown[] = []
    t.cloud.setPayHandler(async (req) => {
      seen.push(req)
      return { return_code: 'SUCCESS', result_code: 'SUCCESS', payment: { time_stamp: '1700000000', nonce_str: 'abc' } }
    })
    const res = await t.cloud.invoke('wxapis', { kind: 'pay', outTradeNo: 'T1' }, { openid: 'o-a' })
    expect(seen).toEqual([
      {
        api: 'unifiedOrder',
        data: {
          body: '晶坊-紫水晶手串',
          out_trade_no: 'T1',
          spbill_create_ip: '127.0.0.1',
          sub_mch_id: '1900000109',
          total_fee: 12800,
          env_id: 'jingfang-local',
          function_name: 'payNotify',
        },
      },
    ])
    expect(res).toEqual({
      ok: true,
      value: {
        returnCode: 'SUCCESS',
        resultCode: 'SUCCESS',
        payment: { timeStamp: '1700000000', nonceStr: 'abc' },
        errCode: 0,
        errMsg: 'cloudPay.unifiedOrder:ok',
      },
    })
  })
})

describe('fault injection', () => {
  it('fails exactly the n-th write from now and leaves the data untouched', async () => {
    t = await openTestCloud()
    t.cloud.store.collection('products').insert({ _id: 'p1', stock: 10, sold: 0, skus: [{ skuId: 's', stock: 10 }] })
    t.cloud.faults.failNthWrite(2)
    const take = () => t!.cloud.invoke('stock', { productId: 'p1', skuId: 's', n: 1 }, { openid: 'o-a' })
    // Write 1 is the stock update, write 2 the order insert of the same call.
    await expect(take()).rejects.toMatchObject({ errMsg: expect.stringContaining('injected write fault') })
    expect(t.cloud.store.collection('products').get('p1')!.stock).toBe(9)
    expect(t.cloud.store.collection('orders').count()).toBe(0)
    await expect(take()).resolves.toMatchObject({ ok: true })
    t.cloud.faults.failNthWrite(1)
    t.cloud.faults.clear()
    await expect(take()).resolves.toMatchObject({ ok: true })
  })
})

describe('persistence', () => {
  it('keeps the data when a file database is closed and reopened', async () => {
    const dbPath = tempDbPath()
    const first = await createLocalCloud({ dbPath, functionsDir: FIXTURES_DIR })
    first.store.collection('products').insert({ _id: 'p1', stock: 2, sold: 0, skus: [{ skuId: 's', stock: 2 }], at: new Date(7) })
    await first.invoke('stock', { productId: 'p1', skuId: 's', n: 1 }, { openid: 'o-a' })
    await first.close()

    const second = await createLocalCloud({ dbPath, functionsDir: FIXTURES_DIR })
    try {
      expect(second.store.collection('products').get('p1')).toEqual({
        _id: 'p1',
        stock: 1,
        sold: 1,
        skus: [{ skuId: 's', stock: 1 }],
        at: new Date(7),
      })
      expect(second.store.collection('orders').find()).toEqual([{ _id: expect.any(String), openid: 'o-a', productId: 'p1', n: 1 }])
      await second.invoke('stock', { productId: 'p1', skuId: 's', n: 1 }, { openid: 'o-b' })
      expect(second.store.collection('products').get('p1')!.stock).toBe(0)
    } finally {
      await second.close()
    }
  })
})

describe('SDK patch point', () => {
  it('fails loudly when the installed SDK no longer has the request function', () => {
    const dir = path.dirname(tempDbPath())
    const fake = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
      writeFileSync(path.join(dir, rel), text)
    }
    fake('node_modules/wx-server-sdk/package.json', '{"name":"wx-server-sdk","main":"index.js"}')
    fake('node_modules/wx-server-sdk/index.js', 'module.exports = {}')
    fake('node_modules/@cloudbase/node-sdk/package.json', '{"name":"@cloudbase/node-sdk"}')
    fake('node_modules/@cloudbase/node-sdk/dist/utils/tcbapirequester.js', 'exports.send = () => {}')
    expect(() => patchSdk(dir)).toThrow(/wx-server-sdk changed: patch point .*tcbapirequester\.js export "request" missing/)
  })
})
