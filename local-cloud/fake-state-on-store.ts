import type { FakeDoc, FakeStateStore } from './fakes'
import type { Store } from './store/sqlite-store'

/** Keeps the fakes' state (prepays, outbox, waybills) in the local database so a restart keeps it too. */
export function fakeStateOnStore(store: Store): FakeStateStore {
  return {
    async get<T extends FakeDoc>(collection: string, id: string) {
      return (store.collection(collection).get(id) as T | null) ?? null
    },
    async put<T extends FakeDoc>(collection: string, doc: T) {
      store.collection(collection).set(doc._id, doc)
    },
    async list<T extends FakeDoc>(collection: string, filter: Record<string, unknown> = {}) {
      return store.collection(collection).find(filter) as T[]
    },
    async clear(collection: string) {
      store.collection(collection).remove({})
    },
  }
}
