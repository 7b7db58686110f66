/**
 * What each function's actions take and return, as seen from the app. Types only: they come from the
 * back end's contracts so a changed contract breaks the page that relies on it at compile time.
 */
import type { FunctionName } from '@cloud/functions/manifest'
import type {
  CatalogGetInput,
  CatalogGetOutput,
  CatalogListInput,
  CatalogListOutput,
  CategoryListOutput,
} from '@cloud/contracts/catalog'
import type { MeProfileOutput } from '@cloud/contracts/member'
import type { AdminOrderActions, ShopOrderActions } from './order-actions'
import type { AdminCatalogActions, ShopCatalogActions } from './catalog-actions'
import type { AdminStaffActions, ShopStaffActions } from './staff-actions'
import type { AdminReminderActions } from './reminder-actions'
import type { AdminMemberActions, ShopMemberActions } from './member-actions'
import type { AdminSearchActions, ShopSearchActions } from './search-actions'
import type { ShopLogisticsActions } from './logistics-actions'
import type { AdminServiceActions, ShopServiceActions } from './service-actions'
import type { AdminPromotionActions, ShopPromotionActions } from './promotion-actions'
import type { Empty, Signature } from './signature'
import type { AdminSpecialsActions, ShopSpecialsActions } from './specials-actions'
import type { AdminCampaignActions, ShopCampaignActions } from './campaign-actions'
import type { AdminDiyActions, ShopDiyActions } from './diy-actions'
import type { AdminCrystalActions, ShopCrystalActions } from './crystal-actions'
import type { AdminConsoleActions } from './console-actions'

/** A function with no actions the app may name: `keyof` is never, so any call is a type error. */
type NoActions = { [K in never]: never }

export interface ActionMap extends Record<FunctionName, Record<string, Signature<unknown, unknown>>> {
  shop: {
    'catalog.list': Signature<CatalogListInput, CatalogListOutput>
    'catalog.get': Signature<CatalogGetInput, CatalogGetOutput>
    'catalog.categories': Signature<Empty, CategoryListOutput>
    'me.profile': Signature<Empty, MeProfileOutput>
  } & ShopOrderActions &
    ShopCatalogActions &
    ShopStaffActions &
    ShopMemberActions &
    ShopSearchActions &
    ShopSpecialsActions &
    ShopCrystalActions &
    ShopLogisticsActions &
    ShopServiceActions &
    ShopPromotionActions &
    ShopCampaignActions &
    ShopDiyActions
  admin: AdminStaffActions &
    AdminOrderActions &
    AdminCatalogActions &
    AdminMemberActions &
    AdminSearchActions &
    AdminSpecialsActions &
    AdminServiceActions &
    AdminPromotionActions &
    AdminCampaignActions &
    AdminDiyActions &
    AdminCrystalActions &
    AdminReminderActions &
    AdminConsoleActions
  /** Called by WeChat Pay and the timer, never by the app: no actions the app may name. */
  payNotify: NoActions
  cron: NoActions
  /** Called by carriers (Kuaidi100 through HTTP access, 物流助手's message push), never by the app. */
  carrierNotify: NoActions
}

export type ActionName<F extends FunctionName> = keyof ActionMap[F] & string
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = ActionMap[F][A] extends Signature<infer I, unknown> ? I : never
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = ActionMap[F][A] extends Signature<unknown, infer O> ? O : never
