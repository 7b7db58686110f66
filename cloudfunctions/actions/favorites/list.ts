import { defineAction } from '../../core/action'
import { FavoriteListInput } from '../../contracts/favorites'
import { listFavorites } from '../../services/favorite.service'

export const favoritesList = defineAction({
  name: 'favorites.list',
  role: 'shopper',
  summary: "The caller's saved products, newest first",
  input: FavoriteListInput,
  owns: 'favorites',
  handler: ({ page, pageSize }, ctx) => listFavorites(ctx.caller.openid!, page, pageSize),
})
