/**
 * Turns environment variables into one validated ShopConfig, or refuses with ONE error listing every
 * problem. Called at local-cloud start-up and at each function's cold start, so nothing ever runs
 * half-configured. Pure: the caller passes the environment in.
 */
import { AppError } from '../core/errors'
import { CONFIG_KEYS, LOCAL_DEFAULTS, TEMPLATE_KEYS, type ConfigWhere, type NoticeKind } from './keys'

export interface ShopConfig {
  where: ConfigWhere
  envId: string
  appid: string
  pay: { subMchId: string }
  /** Subscribe-message template id per notice; a notice without one is not sent. */
  templates: Partial<Record<NoticeKind, string>>
  /** null when not configured. */
  kuaidi100: { customer: string; key: string } | null
  /** Parcel tracking: which carrier adapter, Kuaidi100's push settings, when a parcel counts as stuck. */
  logistics: {
    adapter: 'simulated' | 'kuaidi100' | 'wechat'
    kuaidi100ApiBase: string
    /** Set when Kuaidi100 may push (callback URL and salt); without it tracking polls only. */
    kuaidi100Push: { callbackUrl: string; salt: string } | null
    stallDays: number
  }
  ownerOpenid: string
  business: {
    unpaidTimeoutMinutes: number
    autoCompleteDays: number
    reconcileAfterMinutes: number
    afterSaleWindowDays: number
  }
  /** After-sale timers (domain/aftersale-timers.ts). */
  afterSaleTimers: { autoApproveHours: number; remindHours: number; returnShipDays: number; returnConfirmDays: number }
  /** Staff reminders (services/reminder) and the nightly quality flags. */
  reminders: { lowStockDefault: number; unshippedHours: number; qualityRatePermille: number; qualityMinUnits: number }
}

export interface ConfigIssue {
  key: string
  problem: 'missing' | 'invalid'
  /** For the operator's log: what is wrong, in English (never sent to a client as display text). */
  detail: string
}

export class ConfigError extends Error {
  constructor(
    readonly issues: ConfigIssue[],
    readonly where: ConfigWhere,
    readonly functionName: string,
  ) {
    super(describeIssues(issues, where, functionName))
    this.name = 'ConfigError'
  }

  /**
   * What every call answers until the operator fixes it: MISCONFIGURED with key `error.config.missing`
   * or `error.config.invalid` for the first bad key, params `{ key, where }` (`where`: the function whose
   * environment variables to set, or `local-cloud`), and every issue's key and problem in details.
   */
  toAppError(): AppError {
    const first = this.issues[0]
    const where = this.where === 'cloud-function' ? this.functionName : 'local-cloud'
    return new AppError('MISCONFIGURED', first.problem === 'missing' ? 'error.config.missing' : 'error.config.invalid', { key: first.key, where }, {
      issues: this.issues.map(({ key, problem }) => ({ key, problem })),
    })
  }
}

export interface LoadConfigOptions {
  /** Names the function in the fix-it hint; defaults to SCF_FUNCTIONNAME, which the runtime sets. */
  functionName?: string
}

export function loadConfig(
  env: Record<string, string | undefined>,
  where: ConfigWhere,
  options: LoadConfigOptions = {},
): ShopConfig {
  const issues: ConfigIssue[] = []
  const values: Record<string, unknown> = {}

  for (const spec of CONFIG_KEYS) {
    const raw = present(env[spec.key]) ?? (where === 'local-cloud' ? LOCAL_DEFAULTS[spec.key] : undefined) ?? spec.defaultValue
    if (raw === undefined) {
      if (spec.required) issues.push({ key: spec.key, problem: 'missing', detail: `missing — ${spec.about}` })
      continue
    }
    const schema = where === 'local-cloud' ? (spec.localSchema ?? spec.schema) : spec.schema
    const parsed = schema.safeParse(raw)
    if (parsed.success) values[spec.key] = parsed.data
    else {
      const shown = isSecret(spec.key) ? '***' : JSON.stringify(raw)
      const why = parsed.error.issues.map((i) => i.message).join('; ')
      issues.push({ key: spec.key, problem: 'invalid', detail: `malformed ${shown}: ${why} — ${spec.about}` })
    }
  }

  issues.push(...crossFieldIssues(values))
  if (issues.length > 0) throw new ConfigError(issues, where, options.functionName ?? present(env.SCF_FUNCTIONNAME) ?? '<function name>')

  const str = (key: string) => values[key] as string
  const num = (key: string) => values[key] as number
  const templates: Partial<Record<NoticeKind, string>> = {}
  for (const kind of Object.keys(TEMPLATE_KEYS) as NoticeKind[]) if (values[TEMPLATE_KEYS[kind]] !== undefined) templates[kind] = str(TEMPLATE_KEYS[kind])

  return {
    where,
    envId: str('JF_ENV_ID'),
    appid: str('JF_APPID'),
    pay: { subMchId: str('JF_PAY_SUB_MCH_ID') },
    templates,
    kuaidi100:
      values.JF_KUAIDI100_CUSTOMER !== undefined
        ? { customer: str('JF_KUAIDI100_CUSTOMER'), key: str('JF_KUAIDI100_KEY') }
        : null,
    logistics: {
      adapter: (values.JF_CARRIER as ShopConfig['logistics']['adapter'] | undefined) ?? (values.JF_KUAIDI100_CUSTOMER !== undefined ? 'kuaidi100' : 'wechat'),
      kuaidi100ApiBase: str('JF_KUAIDI100_API_BASE').replace(/\/+$/, ''),
      kuaidi100Push:
        values.JF_KUAIDI100_CALLBACK_URL !== undefined && values.JF_KUAIDI100_SALT !== undefined
          ? { callbackUrl: str('JF_KUAIDI100_CALLBACK_URL'), salt: str('JF_KUAIDI100_SALT') }
          : null,
      stallDays: num('JF_LOGISTICS_STALL_DAYS'),
    },
    ownerOpenid: str('JF_OWNER_OPENID'),
    business: {
      unpaidTimeoutMinutes: num('JF_UNPAID_TIMEOUT_MINUTES'),
      autoCompleteDays: num('JF_AUTO_COMPLETE_DAYS'),
      reconcileAfterMinutes: num('JF_RECONCILE_AFTER_MINUTES'),
      afterSaleWindowDays: num('JF_AFTER_SALE_WINDOW_DAYS'),
    },
    afterSaleTimers: {
      autoApproveHours: num('JF_AFTER_SALE_AUTO_APPROVE_HOURS'),
      remindHours: num('JF_AFTER_SALE_REMIND_HOURS'),
      returnShipDays: num('JF_RETURN_SHIP_DAYS'),
      returnConfirmDays: num('JF_RETURN_CONFIRM_DAYS'),
    },
    reminders: {
      lowStockDefault: num('JF_LOW_STOCK_DEFAULT'),
      unshippedHours: num('JF_UNSHIPPED_REMIND_HOURS'),
      qualityRatePermille: num('JF_QUALITY_RATE_PERMILLE'),
      qualityMinUnits: num('JF_QUALITY_MIN_UNITS'),
    },
  }
}

/** An unset variable and one set to blanks mean the same: consoles make it easy to save an empty value. */
function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function isSecret(key: string): boolean {
  return key === 'JF_KUAIDI100_KEY' || key === 'JF_KUAIDI100_SALT'
}

/** Rules that involve two keys; only checked between values that parsed. */
function crossFieldIssues(values: Record<string, unknown>): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  const hasCustomer = values.JF_KUAIDI100_CUSTOMER !== undefined
  const hasKey = values.JF_KUAIDI100_KEY !== undefined
  if (hasCustomer !== hasKey) {
    const missing = hasCustomer ? 'JF_KUAIDI100_KEY' : 'JF_KUAIDI100_CUSTOMER'
    const other = hasCustomer ? 'JF_KUAIDI100_CUSTOMER' : 'JF_KUAIDI100_KEY'
    issues.push({ key: missing, problem: 'missing', detail: `missing — ${other} is set; Kuaidi100 needs both or neither` })
  }
  if (values.JF_CARRIER === 'kuaidi100' && !hasCustomer && !hasKey)
    issues.push({ key: 'JF_KUAIDI100_CUSTOMER', problem: 'missing', detail: 'missing — JF_CARRIER is kuaidi100; set JF_KUAIDI100_CUSTOMER and JF_KUAIDI100_KEY' })
  const hasUrl = values.JF_KUAIDI100_CALLBACK_URL !== undefined
  const hasSalt = values.JF_KUAIDI100_SALT !== undefined
  if (hasUrl !== hasSalt) {
    const missing = hasUrl ? 'JF_KUAIDI100_SALT' : 'JF_KUAIDI100_CALLBACK_URL'
    issues.push({ key: missing, problem: 'missing', detail: 'missing — Kuaidi100 push needs both the callback URL and the salt, or neither' })
  }
  const approve = values.JF_AFTER_SALE_AUTO_APPROVE_HOURS as number | undefined
  const remind = values.JF_AFTER_SALE_REMIND_HOURS as number | undefined
  if (approve !== undefined && remind !== undefined && remind >= approve)
    issues.push({ key: 'JF_AFTER_SALE_REMIND_HOURS', problem: 'invalid', detail: `must be less than JF_AFTER_SALE_AUTO_APPROVE_HOURS (${approve}): the reminder comes before the deadline` })
  return issues
}

/** The operator's log line (English; the client gets ConfigError.toAppError's key and params). */
function describeIssues(issues: ConfigIssue[], where: ConfigWhere, functionName: string): string {
  const lines = issues.map((i) => `  - ${i.key}: ${i.detail}`)
  const keys = issues.map((i) => i.key)
  const howToFix =
    where === 'cloud-function'
      ? [
          `Set them in the cloud console: 云函数 → ${functionName} → 环境变量 (function environment variables), for each of shop, admin, payNotify, cron and carrierNotify (see docs/go-live.md).`,
        ]
      : ['Local cloud: export them before npm start, e.g.', `  ${keys.map((k) => `export ${k}=…`).join('; ')}; npm start`]
  const title =
    where === 'cloud-function'
      ? `configuration invalid, function ${functionName} refuses to start`
      : 'configuration invalid, the local cloud refuses to start'
  return [`${title} (${issues.length}):`, ...lines, ...howToFix].join('\n')
}
