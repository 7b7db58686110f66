import type { AnyAction } from '../core/action'
import { adminOrdersGet } from './adminOrders/get'
import { adminOrdersList } from './adminOrders/list'
import { adminOrdersMarkDelivered } from './adminOrders/mark-delivered'
import { adminOrdersShip } from './adminOrders/ship'
import { afterSalesApprove } from './afterSales/approve'
import { afterSalesConfirmReturn } from './afterSales/confirm-return'
import { afterSalesList } from './afterSales/list'
import { afterSalesReject } from './afterSales/reject'
import { categoriesRemove } from './categories/remove'
import { categoriesSave } from './categories/save'
import { membershipSaveSettings } from './membership/save-settings'
import { membershipSegments } from './membership/segments'
import { membershipSendSegmentCoupon } from './membership/send-segment-coupon'
import { membershipSettingsGet } from './membership/settings'
import { outboxList } from './outbox/list'
import { outboxRetry } from './outbox/retry'
import { paymentsMismatches } from './payments/mismatches'
import { paymentsResolveMismatch } from './payments/resolve-mismatch'
import { remindersList } from './reminders/list'
import { qualityFlagsList, qualityForProduct } from './quality/flags'
import { productsAdjustStock } from './products/adjust-stock'
import { productsGet } from './products/get'
import { productsList } from './products/list'
import { productsSave } from './products/save'
import { productsSetStatus } from './products/set-status'
import { productsStockLedger } from './products/stock-ledger'
import { promotionsList } from './promotions/list'
import { promotionsSave } from './promotions/save'
import { promotionsSaveSettings } from './promotions/save-settings'
import { promotionsSaveTemplate } from './promotions/save-template'
import { promotionsSetStatus } from './promotions/set-status'
import { promotionsSettings } from './promotions/settings'
import { promotionsStats } from './promotions/stats'
import { auditList } from './settings/audit-list'
import { settingsSetRates } from './settings/set-rates'
import { staffInvite } from './staff/invite'
import { staffInvites } from './staff/invites'
import { staffList } from './staff/list'
import { staffMe } from './staff/me'
import { staffRemove } from './staff/remove'
import { staffRevokeInvite } from './staff/revoke-invite'
import { staffSetRole } from './staff/set-role'
import { searchSetSynonyms } from './search/set-synonyms'
import { searchSynonyms } from './search/synonyms'
import { flashSalesList } from './flashSales/list'
import { flashSalesSave } from './flashSales/save'
import { flashSalesSetStatus } from './flashSales/set-status'
import { groupOffersList } from './groupOffers/list'
import { groupOffersSave } from './groupOffers/save'
import { groupOffersSetStatus } from './groupOffers/set-status'
import { SERVICE_ADMIN_ACTIONS } from './serviceDesk'
import { CAMPAIGN_ADMIN_ACTIONS } from './campaigns/admin'
import { diyAdminListAction } from './diy/admin-list'
import { diyAdminSaveComponent } from './diy/admin-save-component'
import { diyAdminSaveRules } from './diy/admin-save-rules'
import { materialsList, materialsRemove, materialsSave, materialsSeedDefaults } from './crystal/materials'
import { CONSOLE_ADMIN_ACTIONS } from './console'

/** Served by the `admin` function: merchant power never shares an entry (or a bundle) with shoppers. */
export const ADMIN_ACTIONS: AnyAction[] = [
  // staff and roles
  staffMe,
  staffList,
  staffInvite,
  staffInvites,
  staffRevokeInvite,
  staffSetRole,
  staffRemove,
  // products, categories, rates, audit
  productsList,
  productsGet,
  productsSave,
  productsSetStatus,
  productsAdjustStock,
  productsStockLedger,
  categoriesSave,
  categoriesRemove,
  settingsSetRates,
  auditList,
  // orders, shipping, after-sales, payment review
  adminOrdersList,
  adminOrdersGet,
  adminOrdersShip,
  adminOrdersMarkDelivered,
  afterSalesList,
  afterSalesApprove,
  afterSalesReject,
  afterSalesConfirmReturn,
  paymentsMismatches,
  paymentsResolveMismatch,
  // side effects that keep failing
  outboxList,
  outboxRetry,
  // membership: levels, points rule, segments
  membershipSettingsGet,
  membershipSaveSettings,
  membershipSegments,
  membershipSendSegmentCoupon,
  // search synonyms
  searchSynonyms,
  searchSetSynonyms,
  // 秒杀 / 拼团
  flashSalesSave,
  flashSalesSetStatus,
  flashSalesList,
  groupOffersSave,
  groupOffersSetStatus,
  groupOffersList,
  // customer service: FAQ, assistant, tickets, contact
  ...SERVICE_ADMIN_ACTIONS,
  // promotions, coupon templates, caps and stats
  promotionsList,
  promotionsSave,
  promotionsSaveTemplate,
  promotionsSetStatus,
  promotionsStats,
  promotionsSettings,
  promotionsSaveSettings,
  // holiday campaigns
  ...CAMPAIGN_ADMIN_ACTIONS,
  // DIY 手串 components and rules
  diyAdminListAction,
  diyAdminSaveComponent,
  diyAdminSaveRules,
  // crystal: material cards
  materialsList,
  materialsSave,
  materialsRemove,
  materialsSeedDefaults,
  // staff reminders (cron raises them)
  remindersList,
  qualityFlagsList,
  qualityForProduct,
  // console: dashboard, new paid orders, order export, audit browser
  ...CONSOLE_ADMIN_ACTIONS,
]
