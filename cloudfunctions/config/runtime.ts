/**
 * How running code gets its config. A deployed function validates once per cold start (the first call
 * throws ConfigError, naming every bad key, so nothing runs half-configured). The local cloud validates
 * at its own start-up and hands the functions a complete environment marked JF_RUNTIME=local-cloud, so
 * the very same bundles accept its placeholders (e.g. AppID wx-local) and nothing else does.
 */
import { LOCAL_DEFAULTS } from './keys'
import { loadConfig, type ShopConfig } from './load-config'

let cached: ShopConfig | null = null

/** The validated config of this function instance; call it from the function entry before any action. */
export function shopConfig(env: Record<string, string | undefined> = process.env): ShopConfig {
  return (cached ??= loadConfig(env, env[RUNTIME_KEY] === 'local-cloud' ? 'local-cloud' : 'cloud-function'))
}

/** Set only by the local cloud; never set it in the cloud console. */
export const RUNTIME_KEY = 'JF_RUNTIME'

/** Tests and the local cloud's restart path start from scratch. */
export function forgetShopConfig(): void {
  cached = null
}

/**
 * For the local cloud: validates the developer's environment (throws ConfigError before anything
 * starts) and returns the JF_* variables to give every function — local defaults plus exported overrides.
 */
export function localCloudFunctionEnv(env: Record<string, string | undefined>): Record<string, string> {
  loadConfig(env, 'local-cloud')
  const result: Record<string, string> = { ...LOCAL_DEFAULTS }
  for (const [key, value] of Object.entries(env)) if (key.startsWith('JF_') && value?.trim()) result[key] = value.trim()
  result[RUNTIME_KEY] = 'local-cloud'
  return result
}
