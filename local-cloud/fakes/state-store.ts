/**
 * Where the fakes keep their state. The local cloud backs this with its own store (collections prefixed
 * `_dev_` so they never clash with the shop's); tests use the in-memory one.
 */
export interface FakeDoc {
  _id: string
  [key: string]: unknown
}

export interface FakeStateStore {
  get<T extends FakeDoc>(collection: string, id: string): Promise<T | null>
  /** Insert or replace by `_id`. */
  put<T extends FakeDoc>(collection: string, doc: T): Promise<void>
  /** Every doc whose top-level fields equal those in `filter` (all docs without one). */
  list<T extends FakeDoc>(collection: string, filter?: Record<string, unknown>): Promise<T[]>
  /** Drop a whole collection (the outbox "clear" button). */
  clear(collection: string): Promise<void>
}

export const DEV_COLLECTIONS = {
  pay: '_dev_pay',
  refunds: '_dev_refunds',
  outbox: '_dev_outbox',
  subscriptions: '_dev_subscriptions',
  waybills: '_dev_waybills',
} as const

/** Copies on the way in and out so a caller mutating a returned doc cannot change stored state. */
export class MemoryStateStore implements FakeStateStore {
  private readonly collections = new Map<string, Map<string, FakeDoc>>()

  private collection(name: string): Map<string, FakeDoc> {
    let docs = this.collections.get(name)
    if (!docs) {
      docs = new Map()
      this.collections.set(name, docs)
    }
    return docs
  }

  async get<T extends FakeDoc>(collection: string, id: string): Promise<T | null> {
    const doc = this.collection(collection).get(id)
    return doc ? (structuredClone(doc) as T) : null
  }

  async put<T extends FakeDoc>(collection: string, doc: T): Promise<void> {
    this.collection(collection).set(doc._id, structuredClone(doc))
  }

  async list<T extends FakeDoc>(collection: string, filter: Record<string, unknown> = {}): Promise<T[]> {
    const matches = [...this.collection(collection).values()].filter((doc) =>
      Object.entries(filter).every(([key, value]) => doc[key] === value),
    )
    return matches.map((doc) => structuredClone(doc) as T)
  }

  async clear(collection: string): Promise<void> {
    this.collections.delete(collection)
  }
}
