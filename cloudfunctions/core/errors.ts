/** Stable error codes every client may branch on. Never rename one: apps in the wild depend on them. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'SOLD_OUT',
  'CONFLICT',
  'PAYMENT_MISMATCH',
  'UNKNOWN_ACTION',
  'MISCONFIGURED',
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** Values a message template may use; the client fills `{name}` placeholders with them. */
export type MessageParams = Record<string, string | number>

/**
 * What a client gets when an action says no. The server never sends display text: `key` names a
 * message the client translates with `params` (src/i18n/server-messages). `message` repeats the key so
 * log lines and old clients still show something stable.
 */
export interface ActionError {
  code: ErrorCode
  key: string
  params?: MessageParams
  message: string
  /** Machine-readable detail, e.g. which field failed validation or which item sold out. */
  details?: unknown
}

/** Thrown by handlers and services; the function entry turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params: MessageParams = {},
    readonly details?: unknown,
  ) {
    super(key)
    this.name = 'AppError'
  }

  toActionError(): ActionError {
    return {
      code: this.code,
      key: this.key,
      message: this.key,
      ...(Object.keys(this.params).length ? { params: this.params } : {}),
      ...(this.details === undefined ? {} : { details: this.details }),
    }
  }
}

/** Things a shopper or merchant may ask for that can be missing; each has `error.notFound.<kind>`. */
export type EntityKind =
  | 'order'
  | 'afterSale'
  | 'product'
  | 'category'
  | 'address'
  | 'payment'
  | 'mismatch'
  | 'staff'
  | 'invite'
  | 'refund'
  | 'sku'
  | 'outbox'
  | 'flashSale'
  | 'groupOffer'
  | 'group'
  | 'promotion'
  | 'couponTemplate'
  | 'cartLine'
  | 'ticket'
  | 'faq'
  | 'campaign'
  | 'diyComponent'
  | 'material'

export const notFound = (kind: EntityKind, id?: string) =>
  new AppError('NOT_FOUND', `error.notFound.${kind}`, {}, id === undefined ? undefined : { id })

/** The record moved on since the caller read it (a racing writer won); re-read and decide again. */
export const changedMeanwhile = (kind: EntityKind, details?: unknown) => new AppError('CONFLICT', `error.changed.${kind}`, {}, details)
