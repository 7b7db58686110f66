/**
 * The subset of the cloud database API this project uses, typed for promises. wx-server-sdk's own
 * typings mix callback and promise styles (every result is `IQueryResult | void | string`), which would
 * push casts into every service; the casts live here once instead.
 */
export type Doc = Record<string, unknown>

export interface QueryResult<T> {
  data: T[]
}
export interface SingleResult<T> {
  data: T | null
}
export interface UpdateResult {
  stats: { updated: number }
}
export interface RemoveResult {
  stats: { removed: number }
}
export interface AddResult {
  _id: string
}
export interface SetResult {
  _id: string | number
  stats: { updated: number; created: number }
}

export interface Query<T> {
  where(condition: Doc): Query<T>
  orderBy(field: string, direction: 'asc' | 'desc'): Query<T>
  skip(n: number): Query<T>
  limit(n: number): Query<T>
  field(projection: Record<string, boolean>): Query<T>
  get(): Promise<QueryResult<T>>
  count(): Promise<{ total: number }>
  update(options: { data: Doc }): Promise<UpdateResult>
  remove(): Promise<RemoveResult>
}

export interface DocumentRef<T> {
  get(): Promise<SingleResult<T>>
  set(options: { data: Doc }): Promise<SetResult>
  update(options: { data: Doc }): Promise<UpdateResult>
  remove(): Promise<RemoveResult>
}

export interface Collection<T> extends Query<T> {
  doc(id: string): DocumentRef<T>
  add(options: { data: Doc }): Promise<AddResult>
  aggregate(): any
}

export interface TransactionCollection<T> {
  doc(id: string): DocumentRef<T>
  add(options: { data: Doc }): Promise<AddResult>
}

export interface Transaction {
  collection<T = Doc>(name: string): TransactionCollection<T>
  rollback(reason?: unknown): Promise<void>
}

export interface Database {
  collection<T = Doc>(name: string): Collection<T>
  command: any
  serverDate(options?: { offset?: number }): unknown
  runTransaction<R>(fn: (t: Transaction) => Promise<R>, times?: number): Promise<R>
}
