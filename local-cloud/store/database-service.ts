/**
 * Answers the `database.*` requests wx-server-sdk 4.0.2 sends (see local-cloud/runtime/README.md for the
 * shapes) with replies shaped like the real service's, so the SDK's own parsing runs unchanged.
 * Each request is handled synchronously apart from waiting for a transaction slot.
 */
import { type Doc, parseEjson, stringifyEjson } from './ejson'
import { aggregate, applyUpdate, findDocs } from './query-engine'
import { type RowWrite, type Store, assertCollectionName, idKey, newDocId } from './sqlite-store'
import { TransactionError, type TransactionManager } from './transactions'
import { CloudCost, DocWriteLimitError } from './cloud-cost'

export type DbReply = Record<string, unknown>

/** What the service replies with when a request fails; the SDK turns `code` into an errCode. */
export class DbRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** The real service's page cap; the SDK itself never sends more than this. */
export const MAX_LIMIT = 1000

export interface WriteFaults {
  /** Called once per write request; returning true makes that write fail without touching data. */
  shouldFailWrite(): boolean
}

type Params = Record<string, unknown>

const WRITE_ACTIONS = new Set(['database.insertDocument', 'database.modifyDocument', 'database.removeDocument'])

export class DatabaseService {
  private requestSeq = 0

  constructor(
    private readonly store: Store,
    private readonly transactions: TransactionManager,
    private readonly faults: WriteFaults = { shouldFailWrite: () => false },
    private readonly now: () => number = Date.now,
    private readonly cost: CloudCost = new CloudCost(),
  ) {}

  async handle(action: string, params: Params): Promise<DbReply> {
    const requestId = `local-${++this.requestSeq}`
    try {
      await this.cost.roundTrip()
      if (this.cost.limitsWrites && WRITE_ACTIONS.has(action)) await this.cost.admitWrite(this.writtenDocs(action, params))
      if (action === 'database.startTransaction') return { transactionId: await this.transactions.start(), requestId }
      if (WRITE_ACTIONS.has(action) && this.faults.shouldFailWrite()) {
        throw new DbRequestError('DATABASE_REQUEST_FAILED', '注入的写入故障 / injected write fault (local cloud faults.failNthWrite)')
      }
      return { ...this.dispatch(action, params), requestId }
    } catch (err) {
      if (err instanceof DbRequestError || err instanceof TransactionError || err instanceof DocWriteLimitError) return { code: err.code, message: err.message, requestId }
      return { code: 'DATABASE_REQUEST_FAILED', message: (err as Error)?.message ?? String(err), requestId }
    }
  }

  /** `collection/id` of each existing document a write would change (for the per-document write rate). */
  private writtenDocs(action: string, p: Params): string[] {
    const name = this.collection(p)
    if (action === 'database.insertDocument') return []
    const query = this.decode(p.query)
    if (p.transactionId) return [`${name}/${String(query._id)}`]
    const matched = this.store.matching(name, query)
    return (p.multi === false ? matched.slice(0, 1) : matched).map((d) => `${name}/${idKey(d._id)}`)
  }

  private dispatch(action: string, p: Params): DbReply {
    switch (action) {
      case 'database.getDocument':
        return { data: { list: this.getDocument(p).map(stringifyEjson) } }
      case 'database.calculateDocument':
        return { data: { total: this.count(p) } }
      case 'database.insertDocument':
        return { data: { insertedIds: this.insert(p) } }
      case 'database.modifyDocument':
        return { data: this.modify(p) }
      case 'database.removeDocument':
        return { data: { deleted: this.remove(p) } }
      case 'database.aggregateDocuments':
        return { data: { list: this.aggregate(p).map(stringifyEjson) } }
      case 'database.commitTransaction':
        this.transactions.commit(String(p.transactionId))
        return {}
      case 'database.abortTransaction':
        this.transactions.abort(String(p.transactionId))
        return {}
      case 'database.addCollection':
        return this.addCollection(String(p.collectionName))
      default:
        throw new DbRequestError('INVALID_PARAM', `本地云不支持该数据库请求 / the local cloud does not implement ${action}`)
    }
  }

  private collection(p: Params): string {
    const name = String(p.collectionName ?? '')
    assertCollectionName(name)
    return name
  }

  private decode(text: unknown): Record<string, unknown> {
    if (text === undefined || text === null || text === '') return {}
    if (typeof text !== 'string') return text as Record<string, unknown>
    return parseEjson(text, this.now()) as Record<string, unknown>
  }

  /** Transactions only take single-record operations addressed by `_id`, as in the cloud. */
  private txDocId(p: Params, query: Record<string, unknown>): unknown {
    const id = query._id
    if (p.queryType === 'WHERE' || (typeof id !== 'string' && typeof id !== 'number')) {
      throw new DbRequestError(
        'DATABASE_REQUEST_FAILED',
        '事务中只能按 _id 操作单条记录 / transactions only support doc(id) operations, not where()',
      )
    }
    return id
  }

  private getDocument(p: Params): Doc[] {
    const name = this.collection(p)
    const query = this.decode(p.query)
    const projection = p.projection ? (this.decode(p.projection) as Record<string, unknown>) : undefined
    if (p.transactionId) {
      const doc = this.transactions.read(String(p.transactionId), name, this.txDocId(p, query))
      return doc ? findDocs([doc], {}, { projection }) : []
    }
    const limit = p.limit === undefined ? undefined : Math.min(Number(p.limit), MAX_LIMIT)
    return this.store.find(name, query, {
      sort: p.order ? (this.decode(p.order) as Record<string, 1 | -1>) : undefined,
      skip: p.offset ? Number(p.offset) : undefined,
      limit,
      projection,
    })
  }

  private count(p: Params): number {
    const name = this.collection(p)
    const query = this.decode(p.query)
    return this.store.count(name, query)
  }

  private insert(p: Params): unknown[] {
    const name = this.collection(p)
    const items = (Array.isArray(p.data) ? p.data : [p.data]).map((t) => this.decode(t) as Doc)
    const txId = p.transactionId ? String(p.transactionId) : null
    const ids: unknown[] = []
    const writes: RowWrite[] = []
    for (const item of items) {
      const id = item._id === undefined ? newDocId() : item._id
      const exists = txId ? this.transactions.read(txId, name, id) !== null : this.store.rows(name).has(idKey(id))
      if (exists || writes.some((w) => w.id === idKey(id))) {
        throw new DbRequestError('DATABASE_REQUEST_FAILED', `_id 重复 / duplicate key: _id "${String(id)}" already exists in ${name}`)
      }
      const doc = { ...item, _id: id }
      if (txId) this.transactions.write(txId, name, id, doc)
      else writes.push({ collection: name, id: idKey(id), doc })
      ids.push(id)
    }
    this.store.write(writes)
    return ids
  }

  /** update (merge: operators) and set (merge: false, replace/upsert); `updated` counts records that changed. */
  private modify(p: Params): { updated: number; upsert_id?: unknown } {
    const name = this.collection(p)
    const query = this.decode(p.query)
    const data = this.decode(p.data)
    const replace = p.merge === false
    const nextOf = (doc: Doc): Doc => (replace ? { _id: doc._id, ...withoutId(data) } : applyUpdate(doc, data, query))
    if (p.transactionId) {
      const txId = String(p.transactionId)
      const id = this.txDocId(p, query)
      const current = this.transactions.read(txId, name, id)
      if (!current) {
        if (!p.upsert) return { updated: 0 }
        this.transactions.write(txId, name, id, { _id: id, ...withoutId(data) })
        return { updated: 0, upsert_id: id }
      }
      const next = nextOf(current)
      if (same(next, current)) return { updated: 0 }
      this.transactions.write(txId, name, id, next)
      return { updated: 1 }
    }
    const matched = this.store.matching(name, query)
    const targets = p.multi === false ? matched.slice(0, 1) : matched
    const writes: RowWrite[] = []
    for (const doc of targets) {
      const next = nextOf(doc)
      if (!same(next, doc)) writes.push({ collection: name, id: idKey(doc._id), doc: next })
    }
    if (targets.length === 0 && p.upsert) {
      const id = typeof query._id === 'string' || typeof query._id === 'number' ? query._id : newDocId()
      const doc = replace ? { _id: id, ...withoutId(data) } : applyUpdate({ _id: id }, data, query)
      this.store.write([{ collection: name, id: idKey(id), doc }])
      return { updated: 0, upsert_id: id }
    }
    this.store.write(writes)
    return { updated: writes.length }
  }

  private remove(p: Params): number {
    const name = this.collection(p)
    const query = this.decode(p.query)
    if (p.transactionId) {
      const txId = String(p.transactionId)
      const id = this.txDocId(p, query)
      if (!this.transactions.read(txId, name, id)) return 0
      this.transactions.write(txId, name, id, null)
      return 1
    }
    const matched = this.store.matching(name, query)
    const targets = p.multi === false ? matched.slice(0, 1) : matched
    this.store.write(targets.map((d) => ({ collection: name, id: idKey(d._id), doc: null })))
    return targets.length
  }

  private aggregate(p: Params): Doc[] {
    const name = this.collection(p)
    const stages = (p.stages ?? []) as { stageKey: string; stageValue: string }[]
    const pipeline = stages.map((s) => ({ [s.stageKey]: parseEjson(s.stageValue, this.now()) }))
    return aggregate(this.store.docs(name), pipeline, (other) => {
      assertCollectionName(other)
      return this.store.docs(other)
    })
  }

  private addCollection(name: string): DbReply {
    assertCollectionName(name)
    if (this.store.hasCollection(name)) {
      throw new DbRequestError('DATABASE_COLLECTION_ALREADY_EXIST', `集合已存在 / collection ${name} already exists`)
    }
    this.store.ensureCollection(name)
    return {}
  }
}

function withoutId(doc: Record<string, unknown>): Record<string, unknown> {
  const { _id: _ignored, ...rest } = doc
  return rest
}

function same(a: Doc, b: Doc): boolean {
  return stringifyEjson(a) === stringifyEjson(b)
}
