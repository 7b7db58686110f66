import { describe, expect, it } from 'vitest'
import { createCaller } from '../../../src/api/caller'

describe('callAction', () => {
  it('sends { action, input } to the named function and returns its data', async () => {
    const sent: unknown[] = []
    const call = createCaller(async (fn, event) => {
      sent.push({ fn, event })
      return { ok: true, data: [] }
    })
    const result = await call('shop', 'catalog.categories', {})
    expect(sent).toEqual([{ fn: 'shop', event: { action: 'catalog.categories', input: {} } }])
    expect(result).toEqual({ ok: true, data: [] })
  })

  it('passes the server’s error through unchanged (e.g. FORBIDDEN for a shopper on admin)', async () => {
    const error = { code: 'FORBIDDEN', message: '无权限 / forbidden' }
    const call = createCaller(async () => ({ ok: false, error }))
    expect(await call('admin', 'staff.list', {})).toEqual({ ok: false, error })
  })

  it('turns an unreachable server into a NETWORK error instead of throwing', async () => {
    const call = createCaller(async () => {
      throw new TypeError('Failed to fetch')
    })
    const result = await call('shop', 'me.profile', {})
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('NETWORK')
      expect(result.error).toMatchObject({ key: 'error.network', details: { cause: 'Failed to fetch' } })
    }
  })

  it('reports a WeChat errMsg rejection readably', async () => {
    const call = createCaller(async () => Promise.reject({ errMsg: 'cloud.callFunction:fail -404011' }))
    const result = await call('shop', 'catalog.get', { id: 'p1' })
    expect(!result.ok && result.error.details).toEqual({ cause: 'cloud.callFunction:fail -404011' })
  })

  it('treats a reply that is not an action result as INTERNAL, not as data', async () => {
    for (const reply of [undefined, null, 'oops', { data: 1 }, { ok: false }, { ok: 'yes' }]) {
      const call = createCaller(async () => reply)
      const result = await call('shop', 'catalog.categories', {})
      expect(result.ok, JSON.stringify(reply)).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('INTERNAL')
    }
  })

  it('refuses, at compile time, actions the app may not call and inputs of the wrong shape', async () => {
    const call = createCaller(async () => ({ ok: true, data: null }))
    // tsc checks these lines (tests are in tsconfig): a regression makes @ts-expect-error itself fail.
    // @ts-expect-error payNotify is WeChat Pay's callback, not an app action
    await call('payNotify', 'pay.notify', {})
    // @ts-expect-error catalog.get needs an id
    await call('shop', 'catalog.get', {})
    // @ts-expect-error staff.list lives in the admin function, not in shop
    await call('shop', 'staff.list', {})
    expect(true).toBe(true)
  })
})
