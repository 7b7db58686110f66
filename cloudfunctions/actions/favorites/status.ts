import { defineAction } from '../../core/action'
import { FavoriteStatusInput, type FavoriteStatusOutput } from '../../contracts/favorites'
import { isFavorite } from '../../services/favorite.service'

export const favoritesStatus = defineAction({
  name: 'favorites.status',
  role: 'shopper',
  summary: 'Whether the caller saved this product',
  input: FavoriteStatusInput,
  owns: 'favorites',
  handler: async ({ productId }, ctx): Promise<FavoriteStatusOutput> => ({ favorite: await isFavorite(ctx.caller.openid!, productId) }),
})
