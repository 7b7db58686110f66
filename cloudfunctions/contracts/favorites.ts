import { z } from 'zod'
import { Id, PageInput, type Page } from './common'
import type { ProductCard } from './catalog'

/**
 * One saved product of one buyer; `_id` is a hash of [openid, productId] (services/record-key.ts) so a
 * double tap cannot save it twice and no two buyers' records share an id. Records from before the change
 * have `<openid>_<productId>`; look-ups go by (openid, productId), so both kinds work.
 */
export interface Favorite {
  _id: string
  openid: string
  productId: string
  createdAt: number
}

export const FavoriteSetInput = z.object({ productId: Id, favorite: z.boolean() })
export type FavoriteSetInput = z.input<typeof FavoriteSetInput>
export const FavoriteStatusInput = z.object({ productId: Id })
export type FavoriteStatusInput = z.input<typeof FavoriteStatusInput>
export interface FavoriteStatusOutput {
  favorite: boolean
}

export const FavoriteListInput = PageInput
export type FavoriteListInput = z.input<typeof FavoriteListInput>
export type FavoriteListOutput = Page<ProductCard>
