/**
 * The only module that imports wx-server-sdk. Everything WeChat-specific (init, database handle, caller
 * identity, cloudPay, openapi) is reached through here so the rest stays testable and portable.
 */
import cloud from 'wx-server-sdk'
import type { Database } from './db-types'

let initialised = false

export function wxCloud(): typeof cloud {
  if (!initialised) {
    // DYNAMIC_CURRENT_ENV is a symbol at runtime though the typings say string.
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
    initialised = true
  }
  return cloud
}

let database: Database | null = null

/** One handle per cold start; missing records resolve to `{ data: null }` instead of throwing. */
export function db(): Database {
  if (!database) database = wxCloud().database({ throwOnNotFound: false } as never) as unknown as Database
  return database
}

export const command = () => db().command

export interface WxIdentity {
  openid: string | null
  source: string
}

/** The trusted caller identity injected by WeChat into every invocation. Never read identity from input. */
export function wxIdentity(): WxIdentity {
  const ctx = wxCloud().getWXContext() as { OPENID?: string; SOURCE?: string }
  return { openid: ctx.OPENID ? String(ctx.OPENID) : null, source: String(ctx.SOURCE ?? 'wx_unknown') }
}
