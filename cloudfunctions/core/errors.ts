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

export interface ActionError {
  code: ErrorCode
  message: string
  /** Machine-readable detail, e.g. which field failed validation or which item sold out. */
  details?: unknown
}

/** Thrown by handlers and services; the function entry turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** `what` is bilingual ("商品 / product"): each half goes into its own language of the message. */
export const notFound = (what: string, id?: string) => {
  const [zh, en = zh] = what.split(' / ')
  return new AppError('NOT_FOUND', `${zh}不存在 / ${en} not found`, id === undefined ? undefined : { id })
}
