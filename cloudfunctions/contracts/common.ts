import { z } from 'zod'

/** Record ids: what the cloud database generates (32 hex) or what we choose (slugs); never anything else. */
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'id must be 1–64 letters, digits, _ or -')

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
