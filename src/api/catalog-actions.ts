/** Types of the catalogue feature's actions (home, search, recommendations, favourites, merchant tools). */
import type { AuditListInput, AuditListOutput } from '@cloud/contracts/audit'
import type {
  AdminProductListInput,
  AdminProductListOutput,
  CatalogGetInput,
  CatalogHomeOutput,
  CatalogSearchInput,
  CatalogSearchOutput,
  Category,
  CategoryRemoveInput,
  CategorySaveInput,
  HotKeywordsOutput,
  Product,
  ProductSaveInput,
  ProductSaveOutput,
  ProductStatusInput,
  RecommendInput,
  RecommendOutput,
} from '@cloud/contracts/catalog'
import type { FavoriteListInput, FavoriteListOutput, FavoriteSetInput, FavoriteStatusInput, FavoriteStatusOutput } from '@cloud/contracts/favorites'
import type { RatesGetOutput, RatesSetInput } from '@cloud/contracts/settings'
import type { AdjustStockInput, AdjustStockOutput, StockLedgerInput, StockLedgerOutput } from '@cloud/contracts/stock'
import type { Empty, Signature } from './signature'

export type ShopCatalogActions = {
  'catalog.home': Signature<Empty, CatalogHomeOutput>
  'catalog.search': Signature<CatalogSearchInput, CatalogSearchOutput>
  'catalog.hotKeywords': Signature<Empty, HotKeywordsOutput>
  'catalog.recommend': Signature<RecommendInput, RecommendOutput>
  'favorites.set': Signature<FavoriteSetInput, FavoriteStatusOutput>
  'favorites.status': Signature<FavoriteStatusInput, FavoriteStatusOutput>
  'favorites.list': Signature<FavoriteListInput, FavoriteListOutput>
  'settings.rates': Signature<Empty, RatesGetOutput>
}

export type AdminCatalogActions = {
  'products.list': Signature<AdminProductListInput, AdminProductListOutput>
  'products.get': Signature<CatalogGetInput, Product>
  'products.save': Signature<ProductSaveInput, ProductSaveOutput>
  'products.setStatus': Signature<ProductStatusInput, Product>
  'products.adjustStock': Signature<AdjustStockInput, AdjustStockOutput>
  'products.stockLedger': Signature<StockLedgerInput, StockLedgerOutput>
  'categories.save': Signature<CategorySaveInput, Category>
  'categories.remove': Signature<CategoryRemoveInput, { removed: true }>
  'settings.setRates': Signature<RatesSetInput, RatesGetOutput>
  'audit.list': Signature<AuditListInput, AuditListOutput>
}
