/**
 * H5 dev identity: which simulated WeChat user the browser acts as when it calls the local cloud.
 * On weapp WeChat supplies the real openid and none of this is used.
 */

export const IDENTITY_STORAGE_KEY = 'jf.identity'

export interface DevIdentity {
  openid: string
  label: string
}

/** The two people a developer needs to click through the app: a shopper and the shop owner. */
export const DEV_IDENTITIES: readonly DevIdentity[] = [
  { openid: 'shopper-demo', label: '顾客 shopper' },
  { openid: 'dev-owner', label: '商家 merchant' },
]

export const DEFAULT_IDENTITY = DEV_IDENTITIES[0].openid

/** The slice of Web Storage we use, so tests can pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/** Same character set the back end accepts for ids: anything else would be refused or worse, injected. */
const OPENID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export function isValidOpenid(value: string): boolean {
  return OPENID_PATTERN.test(value)
}

export interface IdentityStore {
  read(): string
  write(openid: string): void
}

export function createIdentityStore(storage: KeyValueStorage | null): IdentityStore {
  return {
    read() {
      let stored: string | null = null
      try {
        stored = storage?.getItem(IDENTITY_STORAGE_KEY) ?? null
      } catch {
        // Private browsing modes may throw on access; fall back to the default shopper.
      }
      return stored && isValidOpenid(stored) ? stored : DEFAULT_IDENTITY
    },
    write(openid) {
      if (!isValidOpenid(openid)) throw Object.assign(new RangeError('identity.invalidOpenid'), { key: 'identity.invalidOpenid', params: { openid } })
      storage?.setItem(IDENTITY_STORAGE_KEY, openid)
    },
  }
}

/** The store backed by the browser's localStorage (null where there is none, e.g. tests in node). */
export function browserIdentityStore(): IdentityStore {
  const storage = typeof localStorage === 'undefined' ? null : localStorage
  return createIdentityStore(storage)
}
