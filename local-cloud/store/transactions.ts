/**
 * Cloud-database transactions: each one buffers its writes (reads see them), and commit applies the
 * buffer atomically unless a record it read or wrote changed since (then DATABASE_TRANSACTION_CONFLICT,
 * which the SDK's runTransaction retries). Serialised by default: one transaction at a time, the next
 * `startTransaction` waits. `optimistic` lets them overlap so conflicts can be exercised.
 */
import { randomBytes } from 'node:crypto'
import type { Doc } from './ejson'
import { type RowWrite, type Store, idKey } from './sqlite-store'

export interface TransactionOptions {
  optimistic?: boolean
  /** An abandoned transaction (never committed or rolled back) is aborted after this long. */
  timeoutMs?: number
}

export class TransactionError extends Error {
  constructor(
    readonly code: 'DATABASE_TRANSACTION_CONFLICT' | 'DATABASE_REQUEST_FAILED',
    message: string,
  ) {
    super(message)
  }
}

interface OpenTransaction {
  id: string
  /** Committed version of every record touched, keyed `collection\u0000id`, as first seen. */
  seen: Map<string, number>
  writes: Map<string, RowWrite>
  timer: NodeJS.Timeout
}

const keyOf = (collection: string, id: string) => `${collection}\u0000${id}`

export class TransactionManager {
  private readonly open = new Map<string, OpenTransaction>()
  private readonly waiting: (() => void)[] = []
  private readonly optimistic: boolean
  private readonly timeoutMs: number

  constructor(
    private readonly store: Store,
    opts: TransactionOptions = {},
  ) {
    this.optimistic = !!opts.optimistic
    this.timeoutMs = opts.timeoutMs ?? 10_000
  }

  async start(): Promise<string> {
    if (!this.optimistic) {
      while (this.open.size > 0) await new Promise<void>((resolve) => this.waiting.push(resolve))
    }
    const id = `tx-${randomBytes(8).toString('hex')}`
    const timer = setTimeout(() => this.finish(id), this.timeoutMs)
    timer.unref()
    this.open.set(id, { id, seen: new Map(), writes: new Map(), timer })
    return id
  }

  isOpen(id: string): boolean {
    return this.open.has(id)
  }

  /** The record as this transaction sees it: its own buffered write, else the committed one. */
  read(txId: string, collection: string, id: unknown): Doc | null {
    const tx = this.get(txId)
    const key = keyOf(collection, idKey(id))
    this.remember(tx, collection, idKey(id))
    const buffered = tx.writes.get(key)
    if (buffered) return buffered.doc
    return this.store.rows(collection).get(idKey(id))?.doc ?? null
  }

  write(txId: string, collection: string, id: unknown, doc: Doc | null): void {
    const tx = this.get(txId)
    this.remember(tx, collection, idKey(id))
    tx.writes.set(keyOf(collection, idKey(id)), { collection, id: idKey(id), doc })
  }

  /** Applies the buffered writes in one SQLite transaction, or throws a conflict and discards them. */
  commit(txId: string): void {
    const tx = this.get(txId)
    try {
      for (const [key, version] of tx.seen) {
        const [collection, id] = key.split('\u0000')
        if (this.store.versionOf(collection, id) !== version) {
          throw new TransactionError(
            'DATABASE_TRANSACTION_CONFLICT',
            `事务冲突 / transaction conflict on ${collection}/${id}`,
          )
        }
      }
      this.store.write([...tx.writes.values()])
    } finally {
      this.finish(txId)
    }
  }

  abort(txId: string): void {
    this.get(txId)
    this.finish(txId)
  }

  /** Aborts everything still open (used when the cloud closes). */
  abortAll(): void {
    for (const id of [...this.open.keys()]) this.finish(id)
  }

  private remember(tx: OpenTransaction, collection: string, id: string): void {
    const key = keyOf(collection, id)
    if (!tx.seen.has(key)) tx.seen.set(key, this.store.versionOf(collection, id))
  }

  private get(txId: string): OpenTransaction {
    const tx = this.open.get(txId)
    if (!tx) {
      throw new TransactionError(
        'DATABASE_REQUEST_FAILED',
        `事务不存在或已结束 / transaction ${txId} is not open (committed, rolled back or timed out)`,
      )
    }
    return tx
  }

  private finish(txId: string): void {
    const tx = this.open.get(txId)
    if (!tx) return
    clearTimeout(tx.timer)
    this.open.delete(txId)
    const next = this.waiting.shift()
    if (next) next()
  }
}
