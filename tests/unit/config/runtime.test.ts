import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError, forgetShopConfig, loadConfig, localCloudFunctionEnv, shopConfig } from '../../../cloudfunctions/config'

afterEach(() => forgetShopConfig())

describe('localCloudFunctionEnv', () => {
  it('gives the bundles a complete environment that their cold-start check accepts', () => {
    const env = localCloudFunctionEnv({ JF_OWNER_OPENID: 'me-the-dev', PATH: '/usr/bin' })
    expect(env.PATH).toBeUndefined()
    const config = shopConfig(env)
    expect(config).toMatchObject({ where: 'local-cloud', ownerOpenid: 'me-the-dev', appid: 'wx-local' })
  })

  it('does not let the local placeholders through without the local-cloud marker', () => {
    const { JF_RUNTIME: _marker, ...env } = localCloudFunctionEnv({})
    expect(() => loadConfig(env, 'cloud-function')).toThrow(/JF_APPID/)
    expect(() => shopConfig(env)).toThrow(ConfigError)
  })

  it('refuses to start the local cloud with a malformed override', () => {
    expect(() => localCloudFunctionEnv({ JF_AUTO_COMPLETE_DAYS: '0' })).toThrow(/JF_AUTO_COMPLETE_DAYS/)
  })
})

describe('shopConfig', () => {
  it('validates once per cold start and keeps the result', () => {
    const env = { JF_ENV_ID: 'prod-1', JF_APPID: 'wx0123456789abcdef', JF_PAY_SUB_MCH_ID: '1612345678', JF_OWNER_OPENID: 'owner-openid',
      JF_TMPL_ORDER_PAID: 'tmplPaid0001', JF_TMPL_ORDER_SHIPPED: 'tmplShip0001', JF_TMPL_REFUND_RESULT: 'tmplRefund01',
      JF_TMPL_UNPAID_REMINDER: 'tmplRemind01', JF_TMPL_TICKET_REPLY: 'tmplTicket01' }
    const first = shopConfig(env)
    expect(shopConfig({})).toBe(first)
  })

  it('passes the cold-start check of a fresh deployment that set only the keys of built features', () => {
    // What a merchant sets on day one: no subscribe-message templates, no Kuaidi100, no business overrides.
    const fresh = { JF_ENV_ID: 'prod-1', JF_APPID: 'wx0123456789abcdef', JF_PAY_SUB_MCH_ID: '1612345678', JF_OWNER_OPENID: 'owner-openid', SCF_FUNCTIONNAME: 'shop' }
    const config = shopConfig(fresh)
    expect(config).toMatchObject({ where: 'cloud-function', envId: 'prod-1', templates: {}, kuaidi100: null })
    expect(config.business.unpaidTimeoutMinutes).toBe(30)
  })

  it('throws on a cold start without configuration', () => {
    expect(() => shopConfig({})).toThrow(ConfigError)
  })
})
