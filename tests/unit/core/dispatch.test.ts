import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { defineAction } from '../../../cloudfunctions/core/action'
import { buildRegistry, dispatch } from '../../../cloudfunctions/core/dispatch'
import { AppError } from '../../../cloudfunctions/core/errors'
import type { Caller } from '../../../cloudfunctions/core/roles'

const shopper: Caller = { openid: 'o-shopper', role: 'shopper', source: 'wx_client' }
const anonymous: Caller = { openid: null, role: 'anonymous', source: 'wx_client' }
const staff: Caller = { openid: 'o-staff', role: 'staff', source: 'wx_client', staffRole: 'operator' }
const system: Caller = { openid: null, role: 'system', source: 'wx_trigger' }

const handler = vi.fn(async (input: { n: number }, ctx) => ({ doubled: input.n * 2, who: ctx.caller.openid }))
const registry = buildRegistry([
  defineAction({ name: 'test.double', role: 'shopper', summary: 't', input: z.object({ n: z.number().int() }), handler }),
  defineAction({ name: 'test.admin', role: 'staff', permission: 'orders.read', summary: 't', input: z.object({}), handler: async () => 'ok' }),
  defineAction({ name: 'test.resolve', role: 'staff', permission: 'payments.resolve', summary: 't', input: z.object({}), handler: async () => 'resolved' }),
  defineAction({ name: 'test.timer', role: 'system', summary: 't', input: z.object({}), handler: async () => 'tick' }),
  defineAction({
    name: 'test.fails',
    role: 'anyone',
    summary: 't',
    input: z.object({ kind: z.enum(['app', 'bug']) }),
    handler: async ({ kind }) => {
      if (kind === 'app') throw new AppError('SOLD_OUT', 'error.stock.soldOut', { title: 'Amethyst' }, { skuId: 's1' })
      throw new Error('secret stack detail')
    },
  }),
])
const as = (caller: Caller) => ({ resolveCaller: async () => caller, log: () => {} })

describe('dispatch', () => {
  it('runs a valid call and gives the handler the trusted caller', async () => {
    const res = await dispatch(registry, { action: 'test.double', input: { n: 21 } }, as(shopper))
    expect(res).toEqual({ ok: true, data: { doubled: 42, who: 'o-shopper' } })
  })

  it('rejects bad input with INVALID_INPUT and never calls the handler', async () => {
    handler.mockClear()
    const res = await dispatch(registry, { action: 'test.double', input: { n: 1.5 } }, as(shopper))
    expect(res.ok).toBe(false)
    if (!res.ok) {
      expect(res.error.code).toBe('INVALID_INPUT')
      expect(res.error.details).toEqual([expect.objectContaining({ path: 'n' })])
    }
    expect(handler).not.toHaveBeenCalled()
  })

  it.each([null, 'x', 42, [], { input: {} }, { action: '' }])('rejects a malformed event %j', async (event) => {
    const res = await dispatch(registry, event, as(shopper))
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('names unknown actions', async () => {
    const res = await dispatch(registry, { action: 'nope.nope' }, as(shopper))
    expect(res).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
  })

  it('asks anonymous callers to sign in and refuses shoppers on staff actions', async () => {
    expect(await dispatch(registry, { action: 'test.double', input: { n: 1 } }, as(anonymous))).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    })
    expect(await dispatch(registry, { action: 'test.admin', input: {} }, as(shopper))).toMatchObject({ error: { code: 'FORBIDDEN' } })
    expect(await dispatch(registry, { action: 'test.admin', input: {} }, as(staff))).toEqual({ ok: true, data: 'ok' })
  })

  it('refuses staff whose role lacks the action\'s permission, naming the permission', async () => {
    expect(await dispatch(registry, { action: 'test.resolve', input: {} }, as(staff))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', key: 'error.auth.missingPermission', params: { permission: 'payments.resolve' } },
    })
    const owner: Caller = { openid: 'o-owner', role: 'owner', source: 'wx_client', staffRole: 'owner' }
    expect(await dispatch(registry, { action: 'test.resolve', input: {} }, as(owner))).toEqual({ ok: true, data: 'resolved' })
  })

  it('refuses to build a registry holding a merchant action without a known permission', () => {
    const bare = defineAction({ name: 'test.bare', role: 'staff', summary: 't', input: z.object({}), handler: async () => 'x' })
    expect(() => buildRegistry([bare])).toThrow(/test.bare must declare a known permission/)
    expect(() => buildRegistry([{ ...bare, permission: 'no.such' as never }])).toThrow(/known permission/)
  })

  it('lets only WeChat itself run system actions, and keeps system out of human actions', async () => {
    expect(await dispatch(registry, { action: 'test.timer', input: {} }, as(staff))).toMatchObject({ error: { code: 'FORBIDDEN' } })
    expect(await dispatch(registry, { action: 'test.timer', input: {} }, as(system))).toEqual({ ok: true, data: 'tick' })
    expect(await dispatch(registry, { action: 'test.admin', input: {} }, as(system))).toMatchObject({ error: { code: 'FORBIDDEN' } })
  })

  it('maps domain errors to their code and hides unexpected errors behind INTERNAL', async () => {
    expect(await dispatch(registry, { action: 'test.fails', input: { kind: 'app' } }, as(anonymous))).toEqual({
      ok: false,
      error: { code: 'SOLD_OUT', key: 'error.stock.soldOut', message: 'error.stock.soldOut', params: { title: 'Amethyst' }, details: { skuId: 's1' } },
    })
    const log = vi.fn()
    const res = await dispatch(registry, { action: 'test.fails', input: { kind: 'bug' } }, { resolveCaller: async () => anonymous, log })
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(res)).not.toContain('secret stack detail')
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ action: 'test.fails' }))
  })

  it('refuses duplicate action names at cold start', () => {
    const a = defineAction({ name: 'dup.one', role: 'anyone', summary: 't', input: z.object({}), handler: async () => 1 })
    expect(() => buildRegistry([a, a])).toThrow(/duplicate action dup.one/)
  })
})
