/**
 * Turns environment variables into one validated ShopConfig, or refuses with ONE error listing every
 * problem. Called at local-cloud start-up and at each function's cold start, so nothing ever runs
 * half-configured. Pure: the caller passes the environment in.
 */
import { CONFIG_KEYS, LOCAL_DEFAULTS, TEMPLATE_KEYS, type ConfigWhere, type NoticeKind } from './keys'

export interface ShopConfig {
  where: ConfigWhere
  envId: string
  appid: string
  pay: { subMchId: string }
  /** Subscribe-message template id per notice. */
  templates: Record<NoticeKind, string>
  /** null when not configured: tracking then relies on WeChat 物流助手 only. */
  kuaidi100: { customer: string; key: string } | null
  ownerOpenid: string
  /** `miniprogramState` for subscribeMessage.send. */
  miniprogramState: 'developer' | 'trial' | 'formal'
  business: {
    unpaidTimeoutMinutes: number
    unpaidReminderMinutes: number
    autoCompleteDays: number
    reconcileAfterMinutes: number
    afterSaleHandleHours: number
    afterSaleWindowDays: number
    returnWaybillDays: number
    groupBuyHours: number
    lowStockThreshold: number
  }
}

export interface ConfigIssue {
  key: string
  problem: string
}

export class ConfigError extends Error {
  constructor(
    readonly issues: ConfigIssue[],
    readonly where: ConfigWhere,
    functionName: string,
  ) {
    super(describeIssues(issues, where, functionName))
    this.name = 'ConfigError'
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
      if (spec.required) issues.push({ key: spec.key, problem: `缺少 / missing — ${spec.about}` })
      continue
    }
    const schema = where === 'local-cloud' ? (spec.localSchema ?? spec.schema) : spec.schema
    const parsed = schema.safeParse(raw)
    if (parsed.success) values[spec.key] = parsed.data
    else {
      const shown = isSecret(spec.key) ? '***' : JSON.stringify(raw)
      const why = parsed.error.issues.map((i) => i.message).join('; ')
      issues.push({ key: spec.key, problem: `格式错误 / malformed ${shown}: ${why} — ${spec.about}` })
    }
  }

  issues.push(...crossFieldIssues(values))
  if (issues.length > 0) throw new ConfigError(issues, where, options.functionName ?? present(env.SCF_FUNCTIONNAME) ?? '<函数名 function name>')

  const str = (key: string) => values[key] as string
  const num = (key: string) => values[key] as number
  const templates = Object.fromEntries(
    (Object.keys(TEMPLATE_KEYS) as NoticeKind[]).map((kind) => [kind, str(TEMPLATE_KEYS[kind])]),
  ) as Record<NoticeKind, string>

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
    ownerOpenid: str('JF_OWNER_OPENID'),
    miniprogramState: values.JF_MINIPROGRAM_STATE as ShopConfig['miniprogramState'],
    business: {
      unpaidTimeoutMinutes: num('JF_UNPAID_TIMEOUT_MINUTES'),
      unpaidReminderMinutes: num('JF_UNPAID_REMINDER_MINUTES'),
      autoCompleteDays: num('JF_AUTO_COMPLETE_DAYS'),
      reconcileAfterMinutes: num('JF_RECONCILE_AFTER_MINUTES'),
      afterSaleHandleHours: num('JF_AFTER_SALE_HANDLE_HOURS'),
      afterSaleWindowDays: num('JF_AFTER_SALE_WINDOW_DAYS'),
      returnWaybillDays: num('JF_RETURN_WAYBILL_DAYS'),
      groupBuyHours: num('JF_GROUP_BUY_HOURS'),
      lowStockThreshold: num('JF_LOW_STOCK_THRESHOLD'),
    },
  }
}

/** An unset variable and one set to blanks mean the same: consoles make it easy to save an empty value. */
function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function isSecret(key: string): boolean {
  return key === 'JF_KUAIDI100_KEY'
}

/** Rules that involve two keys; only checked between values that parsed. */
function crossFieldIssues(values: Record<string, unknown>): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  const hasCustomer = values.JF_KUAIDI100_CUSTOMER !== undefined
  const hasKey = values.JF_KUAIDI100_KEY !== undefined
  if (hasCustomer !== hasKey) {
    const missing = hasCustomer ? 'JF_KUAIDI100_KEY' : 'JF_KUAIDI100_CUSTOMER'
    const other = hasCustomer ? 'JF_KUAIDI100_CUSTOMER' : 'JF_KUAIDI100_KEY'
    issues.push({
      key: missing,
      problem: `缺少 / missing — 已设置 ${other}，快递100 需要两者同时设置 / ${other} is set; Kuaidi100 needs both or neither`,
    })
  }
  const timeout = values.JF_UNPAID_TIMEOUT_MINUTES
  const reminder = values.JF_UNPAID_REMINDER_MINUTES
  if (typeof timeout === 'number' && typeof reminder === 'number' && reminder >= timeout) {
    issues.push({
      key: 'JF_UNPAID_REMINDER_MINUTES',
      problem: `须小于 JF_UNPAID_TIMEOUT_MINUTES (${timeout}) / must be less than the unpaid timeout (${timeout}), or the reminder arrives after the order is cancelled`,
    })
  }
  return issues
}

function describeIssues(issues: ConfigIssue[], where: ConfigWhere, functionName: string): string {
  const lines = issues.map((i) => `  - ${i.key}: ${i.problem}`)
  const keys = issues.map((i) => i.key)
  const howToFix =
    where === 'cloud-function'
      ? [
          `在云开发控制台 → 云函数 → ${functionName} → 环境变量 中设置后重新部署；每个函数（shop、admin、payNotify、cron）都要设置。`,
          `Set them in the cloud console → 云函数 → ${functionName} → 环境变量 / function environment variables, for each of shop, admin, payNotify and cron (see docs/go-live.md).`,
        ]
      : [
          `本地云：启动前导出变量，例如 / local cloud: export them before npm start, e.g.`,
          `  ${keys.map((k) => `export ${k}=…`).join('; ')}; npm start`,
        ]
  const title =
    where === 'cloud-function'
      ? `配置错误，云函数 ${functionName} 拒绝启动 / configuration invalid, function ${functionName} refuses to start`
      : '配置错误，本地云拒绝启动 / configuration invalid, the local cloud refuses to start'
  return [`${title} (${issues.length}):`, ...lines, ...howToFix].join('\n')
}
