/**
 * A tiny observable value persisted in storage, for app-wide preferences (language, currency).
 * Storage is injected so the store is testable without Taro.
 */
export interface PreferenceStorage {
  get(key: string): string | null
  set(key: string, value: string): void
}

export interface Preference<T extends string> {
  get(): T
  set(value: T): void
  subscribe(listener: () => void): () => void
}

export function createPreference<T extends string>(key: string, allowed: readonly T[], fallback: T, storage: () => PreferenceStorage | null): Preference<T> {
  let value: T | null = null
  const listeners = new Set<() => void>()
  const read = (): T => {
    if (value !== null) return value
    let stored: string | null = null
    try {
      stored = storage()?.get(key) ?? null
    } catch {
      // storage can be unavailable (private mode, tests); the default is fine
    }
    value = stored && (allowed as readonly string[]).includes(stored) ? (stored as T) : fallback
    return value
  }
  return {
    get: read,
    set(next) {
      if (!(allowed as readonly string[]).includes(next)) throw new RangeError(`unsupported value ${next} for ${key}`)
      value = next
      try {
        storage()?.set(key, next)
      } catch {
        // keep the in-memory choice even if it cannot be persisted
      }
      for (const l of [...listeners]) l()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
