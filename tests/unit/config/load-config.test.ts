import { describe, expect, it } from 'vitest'
import { CONFIG_KEYS, ConfigError, LOCAL_DEFAULTS, loadConfig } from '../../../cloudfunctions/config'

/** A complete, valid production environment, as a merchant would set it in the console. */
const PRODUCTION_ENV: Record<string, string> = {
  JF_ENV_ID: 'jingfang-prod-8g2k1',
  JF_APPID: 'wx0123456789abcdef',
  JF_PAY_SUB_MCH_ID: '1612345678',
  JF_TMPL_ORDER_PAID: 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f',
  JF_TMPL_ORDER_SHIPPED: 'bB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f',
  JF_TMPL_REFUND_RESULT: 'cB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f',
  JF_TMPL_UNPAID_REMINDER: 'dB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f',
  JF_TMPL_TICKET_REPLY: 'eB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f',
  JF_OWNER_OPENID: 'oAbCd1234567890efghijklmnopq',
}

function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return err as ConfigError
  }
  throw new Error('expected a ConfigError, but the config loaded')
}

describe('loadConfig in a deployed cloud function', () => {
  it('loads a complete environment with business defaults filled in', () => {
    const config = loadConfig(PRODUCTION_ENV, 'cloud-function')
    expect(config.envId).toBe('jingfang-prod-8g2k1')
    expect(config.pay.subMchId).toBe('1612345678')
    expect(config.templates.orderShipped).toBe(PRODUCTION_ENV.JF_TMPL_ORDER_SHIPPED)
    expect(config.kuaidi100).toBeNull()
    expect(config.business).toEqual({
      unpaidTimeoutMinutes: 30,
      autoCompleteDays: 7,
      reconcileAfterMinutes: 5,
      afterSaleWindowDays: 7,
    })
  })

  it('requires only what built features read: env, appid, pay merchant, owner', () => {
    expect(CONFIG_KEYS.filter((k) => k.required).map((k) => k.key)).toEqual(['JF_ENV_ID', 'JF_APPID', 'JF_PAY_SUB_MCH_ID', 'JF_OWNER_OPENID'])
  })

  it('leaves a notice without a template unset rather than refusing to start', () => {
    const { JF_TMPL_ORDER_PAID: _dropped, ...env } = PRODUCTION_ENV
    const config = loadConfig(env, 'cloud-function')
    expect(config.templates.orderPaid).toBeUndefined()
    expect(config.templates.refundResult).toBe(PRODUCTION_ENV.JF_TMPL_REFUND_RESULT)
  })

  it('refuses to start when a required key is missing, naming it and where to set it', () => {
    const { JF_PAY_SUB_MCH_ID: _dropped, ...env } = PRODUCTION_ENV
    const err = configErrorOf(() => loadConfig({ ...env, SCF_FUNCTIONNAME: 'shop' }, 'cloud-function'))
    expect(err.issues.map((i) => i.key)).toEqual(['JF_PAY_SUB_MCH_ID'])
    expect(err.message).toContain('JF_PAY_SUB_MCH_ID')
    expect(err.message).toContain('JF_PAY_SUB_MCH_ID: missing')
    expect(err.message).toContain('云函数 → shop → 环境变量')
  })

  it('answers MISCONFIGURED with a message key and {key, where}, never display text', () => {
    const { JF_PAY_SUB_MCH_ID: _dropped, ...env } = PRODUCTION_ENV
    const missing = configErrorOf(() => loadConfig({ ...env, SCF_FUNCTIONNAME: 'shop' }, 'cloud-function')).toAppError()
    expect(missing.toActionError()).toMatchObject({
      code: 'MISCONFIGURED',
      key: 'error.config.missing',
      params: { key: 'JF_PAY_SUB_MCH_ID', where: 'shop' },
      details: { issues: [{ key: 'JF_PAY_SUB_MCH_ID', problem: 'missing' }] },
    })
    const invalid = configErrorOf(() => loadConfig({ ...PRODUCTION_ENV, JF_APPID: 'wx-0123' }, 'cloud-function', { functionName: 'admin' }))
    expect(invalid.toAppError().toActionError()).toMatchObject({ key: 'error.config.invalid', params: { key: 'JF_APPID', where: 'admin' } })
  })

  it('lists every bad key in one error rather than failing on the first', () => {
    const err = configErrorOf(() => loadConfig({}, 'cloud-function', { functionName: 'cron' }))
    const required = CONFIG_KEYS.filter((k) => k.required).map((k) => k.key)
    expect(err.issues.map((i) => i.key).sort()).toEqual([...required].sort())
    for (const key of required) expect(err.message).toContain(key)
    expect(err.message).toContain('cron')
  })

  it('never falls back to the local placeholders in a deployed function', () => {
    const err = configErrorOf(() => loadConfig({ ...PRODUCTION_ENV, JF_OWNER_OPENID: '   ' }, 'cloud-function'))
    expect(err.issues.map((i) => i.key)).toEqual(['JF_OWNER_OPENID'])
  })

  it.each([
    ['JF_PAY_SUB_MCH_ID', '16123abc78', 'digits'],
    ['JF_APPID', 'wx-0123', 'wx'],
    ['JF_UNPAID_TIMEOUT_MINUTES', '3', '≥ 5'],
    ['JF_AUTO_COMPLETE_DAYS', 'seven', 'whole number'],
    ['JF_TMPL_ORDER_PAID', 'has spaces in it', 'letters, digits'],
  ])('names a malformed %s and says what is wrong', (key, value, hint) => {
    const err = configErrorOf(() => loadConfig({ ...PRODUCTION_ENV, [key]: value }, 'cloud-function'))
    expect(err.issues).toHaveLength(1)
    expect(err.issues[0].key).toBe(key)
    expect(err.message).toContain(`${key}: malformed`)
    expect(err.message).toContain(hint)
  })

  it('requires both Kuaidi100 values or neither', () => {
    const err = configErrorOf(() => loadConfig({ ...PRODUCTION_ENV, JF_KUAIDI100_CUSTOMER: 'CUST0001' }, 'cloud-function'))
    expect(err.issues.map((i) => i.key)).toEqual(['JF_KUAIDI100_KEY'])
    const both = loadConfig(
      { ...PRODUCTION_ENV, JF_KUAIDI100_CUSTOMER: 'CUST0001', JF_KUAIDI100_KEY: 'k3y-s3cret' },
      'cloud-function',
    )
    expect(both.kuaidi100).toEqual({ customer: 'CUST0001', key: 'k3y-s3cret' })
  })

  it('does not echo the Kuaidi100 key into logs when it is malformed', () => {
    const err = configErrorOf(() =>
      loadConfig({ ...PRODUCTION_ENV, JF_KUAIDI100_CUSTOMER: 'CUST0001', JF_KUAIDI100_KEY: 'sec ret' }, 'cloud-function'),
    )
    expect(err.message).toContain('JF_KUAIDI100_KEY')
    expect(err.message).not.toContain('sec ret')
  })

})

describe('loadConfig in the local cloud', () => {
  it('starts on a fresh laptop with no variables at all', () => {
    const config = loadConfig({}, 'local-cloud')
    expect(config).toMatchObject({
      where: 'local-cloud',
      envId: 'local',
      appid: 'wx-local',
      pay: { subMchId: '1900000109' },
      ownerOpenid: 'dev-owner',
      kuaidi100: null,
    })
    expect(Object.values(config.templates).every((id) => id.startsWith('local-tmpl-'))).toBe(true)
  })

  it('supplies a default for every required key', () => {
    for (const spec of CONFIG_KEYS.filter((k) => k.required)) expect(LOCAL_DEFAULTS[spec.key]).toBeDefined()
  })

  it('lets an exported variable override a local default', () => {
    expect(loadConfig({ JF_OWNER_OPENID: 'my-own-openid' }, 'local-cloud').ownerOpenid).toBe('my-own-openid')
  })

  it('tells a developer to export the variable before npm start when an override is malformed', () => {
    const err = configErrorOf(() => loadConfig({ JF_PAY_SUB_MCH_ID: 'abc' }, 'local-cloud'))
    expect(err.message).toContain('JF_PAY_SUB_MCH_ID')
    expect(err.message).toContain('export JF_PAY_SUB_MCH_ID=')
    expect(err.message).toContain('npm start')
  })
})
