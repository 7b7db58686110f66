import { z } from 'zod'

/** Record ids: what the cloud database generates (32 hex) or what we choose (slugs); never anything else. */
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'error.input.id')

/** Money is integer fen everywhere; never a float, never negative, below ¥10 million. */
export const Fen = z.number().int().min(0).max(1_000_000_000)

export const PageInput = z.object({
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
})

export interface Page<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
  hasMore: boolean
}

/**
 * Why something happened, as stored and sent: a message key the client translates with its params
 * (src/i18n/server-messages). Records never hold display text.
 */
export interface Reason {
  key: string
  params?: Record<string, string | number>
}

/** Merchant roles, weakest last: owner (everything), operator (catalogue, orders, shipping, promotions), service (after-sales, tickets, FAQ). */
export const STAFF_ROLES = ['owner', 'operator', 'service'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** Who did it, kept on every state-log entry, audit line and ledger entry. */
export type Actor =
  | { kind: 'buyer'; openid: string }
  | { kind: 'staff'; openid: string; role: StaffRole }
  | { kind: 'system'; job: string }
  | { kind: 'pay' }

/**
 * An edit names the version the merchant's form loaded (the record's updatedAt): a save over someone
 * else's newer edit is refused (CONFLICT) instead of silently undoing it. Spread into an edit input and
 * refine it with `versionedEdit`, `VERSION_REQUIRED`.
 */
export const EditedVersion = { expectedUpdatedAt: z.number().int().min(0).optional() }
export const versionedEdit = (p: { id?: string; expectedUpdatedAt?: number }) => !p.id || p.expectedUpdatedAt !== undefined
export const VERSION_REQUIRED = { message: 'error.input.versionRequired', path: ['expectedUpdatedAt'] }
