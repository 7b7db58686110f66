/**
 * Scripts that touch a real WeChat / Tencent Cloud account read their credentials from environment
 * variables only, and say exactly which ones are missing and where to get them before doing anything.
 */
export interface CredentialSpec {
  key: string
  /** Where a merchant's developer finds this value, bilingual. */
  whereToGet: string
}

export const CREDENTIALS = {
  JF_ENV_ID: {
    key: 'JF_ENV_ID',
    whereToGet: '云开发控制台 → 设置 → 环境 ID / cloud console → Settings → environment id',
  },
  JF_APPID: {
    key: 'JF_APPID',
    whereToGet: 'mp.weixin.qq.com → 开发 → 开发管理 → 开发设置 → AppID / the mini program AppID',
  },
  JF_CI_PRIVATE_KEY_PATH: {
    key: 'JF_CI_PRIVATE_KEY_PATH',
    whereToGet:
      'mp.weixin.qq.com → 开发 → 开发管理 → 开发设置 → 小程序代码上传密钥（下载 private.<appid>.key，并配置 IP 白名单）/ path to the downloaded code-upload key',
  },
  TCB_SECRET_ID: {
    key: 'TCB_SECRET_ID',
    whereToGet: '腾讯云控制台 → 访问管理 → API 密钥管理 / Tencent Cloud console → CAM → API keys (SecretId)',
  },
  TCB_SECRET_KEY: {
    key: 'TCB_SECRET_KEY',
    whereToGet: '腾讯云控制台 → 访问管理 → API 密钥管理 / Tencent Cloud console → CAM → API keys (SecretKey)',
  },
} as const satisfies Record<string, CredentialSpec>

export type CredentialKey = keyof typeof CREDENTIALS

/** The specs of every credential in `keys` that is unset or blank. */
export function missingCredentials(env: Record<string, string | undefined>, keys: readonly CredentialKey[]): CredentialSpec[] {
  return keys.filter((k) => !env[k]?.trim()).map((k) => CREDENTIALS[k])
}

export function describeMissing(missing: CredentialSpec[], command: string): string {
  return [
    `缺少凭据，未执行 / missing credentials, nothing was done (${command}):`,
    ...missing.map((m) => `  - ${m.key}: ${m.whereToGet}`),
    `例如 / e.g.  ${missing.map((m) => `export ${m.key}=…`).join('; ')}; ${command}`,
    '详见 / see docs/go-live.md',
  ].join('\n')
}
