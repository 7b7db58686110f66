/**
 * The shopper's wrist size as this device last learned it (from me.profile or from saving it in the fit
 * helper), so a bracelet page can pre-select the fitting bead size without another request. Kept with
 * the identity it belongs to: on H5 the dev identity switcher changes who is calling, on weapp there is
 * one WeChat user per device.
 */
import Taro from '@tarojs/taro'
import { browserIdentityStore } from './identity'

const KEY = 'jf.wrist'

interface Cached {
  who: string
  wristMm: number | null
}

const who = () => (process.env.TARO_ENV === 'h5' ? browserIdentityStore().read() : 'wechat')

export function cachedWrist(): number | null {
  try {
    const raw = Taro.getStorageSync(KEY) as string | Cached | ''
    const c: Cached | null = typeof raw === 'string' ? (raw ? (JSON.parse(raw) as Cached) : null) : raw
    return c && c.who === who() && typeof c.wristMm === 'number' ? c.wristMm : null
  } catch {
    return null
  }
}

export function rememberWrist(wristMm: number | null): void {
  try {
    Taro.setStorageSync(KEY, JSON.stringify({ who: who(), wristMm } satisfies Cached))
  } catch {
    // not persisted: the next me.profile read fills it again
  }
}

/** Passes a me.profile reply through, remembering the wrist it carries. */
export function keepWristOf<R extends { ok: boolean; data?: { wristMm?: number | null } }>(r: R): R {
  if (r.ok && r.data) rememberWrist(typeof r.data.wristMm === 'number' ? r.data.wristMm : null)
  return r
}
