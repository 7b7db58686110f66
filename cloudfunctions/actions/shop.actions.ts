import type { AnyAction } from '../core/action'
import { addressList } from './address/list'
import { addressRemove } from './address/remove'
import { addressSave } from './address/save'
import { addressSetDefault } from './address/set-default'
import { afterSaleGet } from './aftersale/get'
import { afterSaleList } from './aftersale/list'
import { afterSaleRequest } from './aftersale/request'
import { afterSaleSubmitReturnWaybill } from './aftersale/submit-return-waybill'
import { cartAdd } from './cart/add'
import { cartCount } from './cart/count'
import { cartGet } from './cart/get'
import { cartRemove } from './cart/remove'
import { cartSelect } from './cart/select'
import { cartUpdate } from './cart/update'
import { catalogCategories } from './catalog/categories'
import { catalogGet } from './catalog/get'
import { catalogHome } from './catalog/home'
import { catalogHotKeywords } from './catalog/hot-keywords'
import { catalogList } from './catalog/list'
import { catalogRecommend } from './catalog/recommend'
import { catalogSearch } from './catalog/search'
import { catalogSuggest } from './catalog/suggest'
import { checkoutQuoteAction } from './checkout/quote'
import { couponsCentre } from './coupons/centre'
import { couponsClaim } from './coupons/claim'
import { favoritesList } from './favorites/list'
import { favoritesSet } from './favorites/set'
import { favoritesStatus } from './favorites/status'
import { meProfile } from './me/profile'
import { meBindPhone } from './me/bind-phone'
import { meLedger } from './me/ledger'
import { meUpdateProfile } from './me/update-profile'
import { followsList } from './member/follows-list'
import { followsSet } from './member/follows-set'
import { orderCancel } from './order/cancel'
import { orderConfirmReceipt } from './order/confirm-receipt'
import { orderCreate } from './order/create'
import { orderGet } from './order/get'
import { orderList } from './order/list'
import { orderPay } from './order/pay'
import { settingsRates } from './settings/rates'
import { orderTracking } from './order/tracking'
import { noticeConsent } from './notice/consent'
import { noticeTemplates } from './notice/templates'
import { staffRedeemInvite } from './staff/redeem-invite'
import { specialsForProductAction } from './specials/for-product'
import { groupsGet } from './specials/group-get'
import { SERVICE_SHOP_ACTIONS } from './service'
import { CAMPAIGN_SHOP_ACTIONS } from './campaigns/shop'
import { diyCatalogAction } from './diy/catalog'
import { diyQuoteAction } from './diy/quote'
import { certificateLookup } from './crystal/certificate-lookup'
import { memberSetWrist } from './crystal/set-wrist'

/**
 * Served by the `shop` function: everything a shopper's client calls. Listed here directly (not via
 * per-feature registries) so the admin bundle never carries shopper code and vice versa.
 */
export const SHOP_ACTIONS: AnyAction[] = [
  // catalogue and discovery
  catalogList,
  catalogGet,
  catalogCategories,
  catalogHome,
  catalogSearch,
  catalogHotKeywords,
  catalogRecommend,
  favoritesSet,
  favoritesStatus,
  favoritesList,
  settingsRates,
  // member
  meProfile,
  staffRedeemInvite,
  meUpdateProfile,
  meBindPhone,
  meLedger,
  followsList,
  followsSet,
  // cart, checkout, orders, after-sales
  cartGet,
  cartCount,
  cartAdd,
  cartUpdate,
  cartRemove,
  cartSelect,
  addressList,
  addressSave,
  addressRemove,
  addressSetDefault,
  checkoutQuoteAction,
  orderCreate,
  orderPay,
  orderList,
  orderGet,
  orderCancel,
  orderConfirmReceipt,
  afterSaleRequest,
  afterSaleSubmitReturnWaybill,
  afterSaleList,
  afterSaleGet,
  catalogSuggest,
  // 秒杀 / 拼团
  specialsForProductAction,
  groupsGet,
  // parcel tracking and subscribe-message consent
  orderTracking,
  noticeTemplates,
  noticeConsent,
  // customer service
  ...SERVICE_SHOP_ACTIONS,
  // DIY 手串
  diyCatalogAction,
  diyQuoteAction,
  // coupons
  couponsCentre,
  couponsClaim,
  // holiday campaigns
  ...CAMPAIGN_SHOP_ACTIONS,
  // crystal: wrist size, certificate lookup
  memberSetWrist,
  certificateLookup,
]
