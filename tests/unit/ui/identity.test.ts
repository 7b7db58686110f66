import { describe, expect, it } from 'vitest'
import { DEFAULT_IDENTITY, DEV_IDENTITIES, IDENTITY_STORAGE_KEY, createIdentityStore, type KeyValueStorage } from '../../../src/state/identity'
import { describeError } from '../../../src/i18n/translate'

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

describe('H5 dev identity', () => {
  it('defaults to the demo shopper when nothing is stored', () => {
    expect(DEFAULT_IDENTITY).toBe('shopper-demo')
    expect(createIdentityStore(memoryStorage()).read()).toBe('shopper-demo')
  })

  it('offers exactly the shopper and the merchant', () => {
    expect(DEV_IDENTITIES.map((i) => i.openid)).toEqual(['shopper-demo', 'dev-owner'])
  })

  it('remembers a switch under jf.identity across store instances (page reloads)', () => {
    const storage = memoryStorage()
    createIdentityStore(storage).write('dev-owner')
    expect(storage.data.get(IDENTITY_STORAGE_KEY)).toBe('dev-owner')
    expect(createIdentityStore(storage).read()).toBe('dev-owner')
  })

  it('ignores a tampered stored value that could not be a header-safe openid', () => {
    const storage = memoryStorage({ [IDENTITY_STORAGE_KEY]: 'evil\r\nX-Other: 1' })
    expect(createIdentityStore(storage).read()).toBe('shopper-demo')
  })

  it('refuses to store an invalid openid', () => {
    const storage = memoryStorage()
    expect(() => createIdentityStore(storage).write('a b')).toThrow('identity.invalidOpenid')
    try {
      createIdentityStore(storage).write('a b')
    } catch (e) {
      expect(describeError('en', e as { key?: string; params?: Record<string, string> })).toBe('Invalid openid: a b')
      expect(describeError('zh-CN', e as { key?: string; params?: Record<string, string> })).toBe('身份标识不合法：a b')
    }
    expect(storage.data.size).toBe(0)
  })

  it('falls back to the default when storage is missing or throws', () => {
    expect(createIdentityStore(null).read()).toBe('shopper-demo')
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => undefined,
    }
    expect(createIdentityStore(throwing).read()).toBe('shopper-demo')
  })
})
