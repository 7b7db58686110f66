/**
 * The catalogue feature's actions, grouped per function so the shared registries (shop.actions.ts,
 * admin.actions.ts) need one line each for this whole feature.
 */
import type { AnyAction } from '../../core/action'
import { categoriesRemove } from '../categories/remove'
import { categoriesSave } from '../categories/save'
import { favoritesList } from '../favorites/list'
import { favoritesSet } from '../favorites/set'
import { favoritesStatus } from '../favorites/status'
import { productsGet } from '../products/get'
import { productsList } from '../products/list'
import { productsSave } from '../products/save'
import { productsSetStatus } from '../products/set-status'
import { auditList } from '../settings/audit-list'
import { settingsRates } from '../settings/rates'
import { settingsSetRates } from '../settings/set-rates'
import { catalogHome } from './home'
import { catalogHotKeywords } from './hot-keywords'
import { catalogRecommend } from './recommend'
import { catalogSearch } from './search'

/** Shopper side beyond catalog.list/get/categories: home, search, recommendations, favourites, rates. */
export const CATALOG_SHOP_ACTIONS: AnyAction[] = [
  catalogHome,
  catalogSearch,
  catalogHotKeywords,
  catalogRecommend,
  favoritesSet,
  favoritesStatus,
  favoritesList,
  settingsRates,
]

/** Merchant side: products, categories, exchange rates, audit trail. */
export const CATALOG_ADMIN_ACTIONS: AnyAction[] = [
  productsList,
  productsGet,
  productsSave,
  productsSetStatus,
  categoriesSave,
  categoriesRemove,
  settingsSetRates,
  auditList,
]
