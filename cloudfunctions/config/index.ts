/** The shop's one validated configuration. See docs/go-live.md for where each value comes from. */
export { CONFIG_KEYS, LOCAL_DEFAULTS, TEMPLATE_KEYS, type ConfigKeySpec, type ConfigWhere, type NoticeKind } from './keys'
export { ConfigError, loadConfig, type ConfigIssue, type LoadConfigOptions, type ShopConfig } from './load-config'
export { RUNTIME_KEY, forgetShopConfig, localCloudFunctionEnv, shopConfig } from './runtime'
