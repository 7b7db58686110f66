/** Shapes of the database-as-code declaration. Pure data; no SDK. */

export type IndexOrder = 'asc' | 'desc'

export interface IndexKey {
  /** Document field, dotted for nested fields (e.g. `payment.outTradeNo`). Never an array field. */
  field: string
  order: IndexOrder
}

export interface IndexDecl {
  /** Stable name: lower-case letters, digits and `_`; unique within its collection. */
  name: string
  keys: IndexKey[]
  unique: boolean
  /** Which query this index serves, so nobody deletes it as unused. */
  serves: string
}

/**
 * A cloud database security rule (docs/platform-facts.md §6): `false` denies every client; a string is an
 * expression over `auth`, `doc`, `now`, `request.data`. Functions and the console are never limited.
 */
export interface SecurityRule {
  read: boolean | string
  write: boolean | string
}

export interface CollectionDecl {
  name: string
  /** What lives here, in one line. */
  purpose: string
  indexes: IndexDecl[]
  rule: SecurityRule
}

/** What a cloud environment has today, as read by db-apply (or built by a test). */
export interface ExistingIndex {
  name: string
  keys: IndexKey[]
  unique: boolean
}

export interface ExistingCollection {
  name: string
  indexes: ExistingIndex[]
  /** Null when the rule could not be read; the plan then sets it. */
  rule: { aclTag: string; rule: SecurityRule | null } | null
}
