import { defineAction } from '../../core/action'
import { FavoriteSetInput, type FavoriteStatusOutput } from '../../contracts/favorites'
import { setFavorite } from '../../services/favorite.service'

export const favoritesSet = defineAction({
  name: 'favorites.set',
  role: 'shopper',
  summary: 'Save or unsave a product for the caller (idempotent)',
  input: FavoriteSetInput,
  owns: 'favorites',
  handler: async ({ productId, favorite }, ctx): Promise<FavoriteStatusOutput> => ({
    favorite: await setFavorite(ctx.caller.openid!, productId, favorite, ctx.now()),
  }),
})
