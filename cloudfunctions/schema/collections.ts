/**
 * Database as code: every collection the shop uses, its indexes and its security rule, declared once.
 * `npm run db:plan` prints it, `npm run db:apply` makes a cloud environment match it, the local cloud
 * builds the same indexes in SQLite (sqlite-indexes.ts), and a unit test fails when code names a
 * collection that is not declared here. Code names collections through `COLLECTION`, e.g. `COLLECTION.orders`.
 *
 * Field conventions the indexes rely on: the buyer of a record is `openid` (functions write it from
 * getWXContext; `_openid` is only stamped on client writes, which we never allow), times are epoch ms
 * in `createdAt` / `updatedAt` / `<event>At`, lifecycle fields are `status` (catalogue, coupons,
 * groups, tickets, outbox) or `state` (orders, payments, refunds, shipments).
 */
import type { CollectionDecl, IndexDecl, IndexKey, SecurityRule } from './types'

export const COLLECTION_NAMES = [
  'products',
  'categories',
  'carts',
  'addresses',
  'orders',
  'payments',
  'refunds',
  'shipments',
  'promotions',
  'coupons',
  'groups',
  'members',
  'points_ledger',
  'browse',
  'favorites',
  'faqs',
  'tickets',
  'staff',
  'staff_invites',
  'settings',
  'outbox',
  'audit_log',
  'pay_notifications',
  'stock_ledger',
  'member_orders',
  'follows',
  'flash_sales',
  'flash_stock',
  'flash_claims',
  'group_offers',
  'notice_consents',
  'notices',
  'assistant_misses',
  'campaigns',
  'diy_components',
  'materials',
  'reminders',
  'quality_flags',
  'export_chunks',
] as const

export type CollectionName = (typeof COLLECTION_NAMES)[number]

/** `db().collection(COLLECTION.orders)`: a typo becomes a compile error instead of a new collection. */
export const COLLECTION = Object.freeze(
  Object.fromEntries(COLLECTION_NAMES.map((n) => [n, n])) as { readonly [K in CollectionName]: K },
)

/**
 * No client reads or writes anything: every access goes through a cloud function, which checks the
 * caller, prices, stock and state (docs/platform-facts.md §6 "Why writes go through functions"). The H5 build
 * cannot use client database access at all, so an exception would also split the two front ends.
 */
export const FUNCTIONS_ONLY: SecurityRule = Object.freeze({ read: false, write: false })

/** `'-createdAt'` means descending; everything else ascending. */
function keysOf(fields: string[]): IndexKey[] {
  return fields.map((f) => (f.startsWith('-') ? { field: f.slice(1), order: 'desc' } : { field: f, order: 'asc' }))
}
const index = (name: string, serves: string, ...fields: string[]): IndexDecl => ({ name, keys: keysOf(fields), unique: false, serves })
const unique = (name: string, serves: string, ...fields: string[]): IndexDecl => ({ name, keys: keysOf(fields), unique: true, serves })

type Declaration = Omit<CollectionDecl, 'name' | 'rule'> & { rule?: SecurityRule }

const DECLARATIONS: Record<CollectionName, Declaration> = {
  products: {
    purpose: 'SPU with SKUs (price in fen, stock, sold), crystal attributes, media, status on/off',
    indexes: [
      index('status_category_newest', 'catalog.list in a category, newest first', 'status', 'categoryId', '-createdAt'),
      index('status_category_price', 'catalog.list in a category by price (either direction)', 'status', 'categoryId', 'priceFrom'),
      index('status_category_sold', 'catalog.list in a category by sales', 'status', 'categoryId', '-sold'),
      index('status_newest', 'catalog.list across categories, newest first', 'status', '-createdAt'),
      index('status_price', 'catalog.list across categories by price', 'status', 'priceFrom'),
      index('status_sold', 'catalog.list across categories by sales; home best-sellers', 'status', '-sold'),
      index('status_stock', 'admin low-stock list', 'status', 'stock'),
      index('status_material_newest', 'catalog.list filtered by material (category page, 猜你喜欢 candidates)', 'status', 'attrs.material', '-createdAt'),
      index('certificate_no', '证书查询: the piece carrying a certificate number', 'attrs.certificateNo'),
    ],
  },
  categories: {
    purpose: 'category tree shown on the category tab',
    indexes: [index('sort', 'category list in display order', 'sort')],
  },
  carts: {
    purpose: 'cart lines of a buyer',
    indexes: [index('buyer_updated', "a buyer's cart, latest change first", 'openid', '-updatedAt')],
  },
  addresses: {
    purpose: 'shipping addresses of a buyer',
    indexes: [index('buyer_updated', "a buyer's address book, latest first", 'openid', '-updatedAt')],
  },
  orders: {
    purpose: 'orders: items and price-line snapshot, amounts in fen, state and state log, payment, shipment, after-sale',
    indexes: [
      index('buyer_newest', "a buyer's order list", 'openid', '-createdAt'),
      index('buyer_state_newest', "a buyer's order list filtered by state tab", 'openid', 'state', '-createdAt'),
      // Every order carries the client's request id; a retried order.create finds the first order.
      unique('buyer_client_request', 'order.create idempotency: one order per client request', 'openid', 'clientRequestId'),
      index('state_created', 'unpaid timeout and reminder scans; admin list by state', 'state', 'createdAt'),
      index('state_updated', 'auto-complete of delivered orders; after-sale deadlines', 'state', 'updatedAt'),
      index('group', 'orders waiting in one group-buy', 'groupId', 'state'),
      index('flash_sale', 'orders of one flash sale (admin: sold, revenue)', 'flashSaleId', 'state'),
      index('group_offer', 'orders of one group offer (admin: orders, revenue)', 'group.offerId', 'state'),
      index('group_seat', 'cron: paid group orders whose seat was never taken (the function died after the payment)', 'group.seat', 'updatedAt'),
      index('state_paid', 'reminders: paid orders not shipped for N hours, oldest first', 'state', 'paidAt'),
      index('paid', 'dashboard: orders by paid day; new paid orders after a cursor; the order export', 'paidAt'),
    ],
  },
  payments: {
    purpose: 'one record per WeChat Pay attempt (outTradeNo), amounts in fen',
    indexes: [
      unique('out_trade_no', 'pay callback and queryOrder look-up; one record per trade number', 'outTradeNo'),
      index('order', 'payments of an order', 'orderId', '-createdAt'),
      index('state_created', 'reconciliation: payments still pending after N minutes', 'state', 'createdAt'),
    ],
  },
  refunds: {
    purpose: 'one record per refund request (outRefundNo)',
    indexes: [
      unique('out_refund_no', 'refund callback look-up; a retry reuses the same number', 'outRefundNo'),
      index('order', 'refunds of an order', 'orderId', '-createdAt'),
      index('state_created', 'reconciliation of refunds without a callback', 'state', 'createdAt'),
      index('state_settled', 'dashboard: settled refunds by day', 'state', 'settledAt'),
    ],
  },
  shipments: {
    purpose: 'parcels: carrier, waybill, normalised track',
    indexes: [
      index('order', 'parcels of an order', 'orderId'),
      unique('waybill', 'one record per carrier waybill; carrier push look-up', 'carrierCode', 'waybillNo'),
      index('state_next_poll', 'cron polls parcels in transit whose next poll is due', 'state', 'nextPollAt'),
    ],
  },
  promotions: {
    purpose: 'campaigns: discount, full-reduction, coupon template, group-buy, flash sale',
    indexes: [
      index('status_ends', 'active promotions for quote(); expiry scan', 'status', 'endAt'),
      index('kind_status', 'admin list by promotion kind', 'kind', 'status', '-createdAt'),
    ],
  },
  coupons: {
    purpose: 'coupons issued to buyers',
    indexes: [
      index('buyer_status_expiry', "a buyer's usable coupons, soonest expiry first", 'openid', 'status', 'expiresAt'),
      index('template_buyer', 'per-buyer claim limit of a coupon template', 'templateId', 'openid'),
      index('status_expiry', 'expiry sweep', 'status', 'expiresAt'),
      index('order_status', 'the coupon an order locked: used at pay, released on cancel / timeout', 'orderId', 'status'),
    ],
  },
  groups: {
    purpose: '拼团 instances: members, target size, deadline',
    indexes: [
      index('status_expiry', 'cron: groups that failed to fill in time', 'status', 'expiresAt'),
      index('promotion_status', 'open groups of a group-buy to join', 'promotionId', 'status', 'expiresAt'),
      index('offer_status', 'open groups of a group offer to join (product page), soonest to expire first', 'offerId', 'status', 'expiresAt'),
    ],
  },
  members: {
    purpose: 'one record per buyer (_id = openid): level, points balance, birthday, segment',
    indexes: [
      index('level_points', 'admin member list by level', 'level', '-points'),
      index('birthday', 'birthday benefits by MM-DD', 'birthdayMd'),
      index('segment', 'campaign targeting by segment', 'segment', '-updatedAt'),
      index('points_expiry', 'nightly: members whose oldest points are due to expire', 'nextPointsExpiryAt'),
      index('nightly', 'nightly: members not yet re-levelled and segmented today', 'nightlyDay'),
      index('joined', 'dashboard: new members by day', 'createdAt'),
    ],
  },
  points_ledger: {
    purpose: 'every points change with its reason; the balance in members is derived from it',
    indexes: [
      index('buyer_newest', "a buyer's points history", 'openid', '-createdAt'),
      // The same order or refund must never earn or take points twice.
      unique('source', 'exactly-once points per source event', 'openid', 'sourceKey'),
    ],
  },
  browse: {
    purpose: 'browsing history for recommendations',
    indexes: [
      index('buyer_newest', "a buyer's history", 'openid', '-viewedAt'),
      index('product_newest', 'who else viewed a product (recommendations)', 'productId', '-viewedAt'),
    ],
  },
  favorites: {
    purpose: "a buyer's saved products",
    indexes: [
      unique('buyer_product', 'one favourite per buyer and product; toggle look-up', 'openid', 'productId'),
      index('buyer_newest', "a buyer's favourites list", 'openid', '-createdAt'),
    ],
  },
  faqs: {
    purpose: 'customer-service answers shown before a ticket is opened',
    indexes: [index('topic_sort', 'FAQ list by topic', 'topic', 'sort')],
  },
  tickets: {
    purpose: 'customer-service threads',
    indexes: [
      index('buyer_updated', "a buyer's tickets", 'openid', '-updatedAt'),
      index('status_updated', 'merchant inbox by status, oldest waiting first', 'status', 'updatedAt'),
    ],
  },
  staff: {
    purpose: 'merchant roles (_id = openid); the owner comes from JF_OWNER_OPENID',
    indexes: [index('role', 'staff list by role', 'role')],
  },
  staff_invites: {
    purpose: 'one-time staff invite codes (_id = SHA-256 of the code, never the code): role, state open/redeemed/revoked, expiresAt',
    indexes: [
      index('newest', 'owner: latest invites first', '-createdAt'),
      index('state_expires', 'open invites not yet expired (cap on open invites)', 'state', 'expiresAt'),
    ],
  },
  settings: {
    purpose: 'shop settings and singletons keyed by _id (shipping rules, cron bookkeeping)',
    indexes: [],
  },
  outbox: {
    purpose: 'side effects of transitions (_id = hash of entity, transition, effect), each carried out once with retries',
    indexes: [
      index('state_due', 'cron: pending effects whose next attempt is due', 'state', 'nextAttemptAt'),
      index('state_lease', 'cron: running effects whose runner died', 'state', 'leaseUntil'),
      index('state_updated', 'merchant: effects that keep failing, newest first', 'state', '-updatedAt'),
    ],
  },
  audit_log: {
    purpose: 'who changed what in the admin: actor, action, target, before/after',
    indexes: [
      index('newest', 'audit trail, newest first', '-at'),
      index('target_newest', 'history of one record', 'targetId', '-at'),
      index('actor_newest', 'what one staff member did', 'actor.openid', '-at'),
    ],
  },
  pay_notifications: {
    purpose: 'every WeChat Pay callback as received (_id = transaction id), so repeats are recognised',
    indexes: [index('received', 'latest callbacks first, for support', '-receivedAt')],
  },
  stock_ledger: {
    purpose: 'every merchant stock move of a SKU (_id = hash of actor and client request id): actor, reason, before/after',
    indexes: [index('product_newest', "a product's stock history, newest first (optionally one SKU)", 'productId', '-at')],
  },
  member_orders: {
    purpose: 'what each order has booked on its buyer (_id = order id): paid count, spend, points earned and returned',
    indexes: [index('buyer_newest', "a buyer's booked orders", 'openid', '-updatedAt')],
  },
  follows: {
    purpose: 'materials and tags a buyer follows for new arrivals (_id = hash of buyer, kind, value)',
    indexes: [
      index('buyer_newest', "a buyer's follows", 'openid', '-createdAt'),
      index('target', 'followers of a material or tag (new-arrival notices)', 'kind', 'value'),
    ],
  },
  flash_sales: {
    purpose: '秒杀 flash sales: SKU, price, quantity reserved from normal stock, per-shopper limit, window, status; settledAt once unsold units went back',
    indexes: [
      index('product_ends', 'live or next flash sale of a product (product page)', 'productId', 'endAt'),
      index('settled_ends', 'cron: sales whose window ended and whose unsold units are not back yet', 'settledAt', 'endAt'),
      index('newest', 'admin list, newest first', '-createdAt'),
    ],
  },
  flash_stock: {
    purpose: "a flash sale's stock split over bucket documents (_id = <saleId>-b<i>), so buyers' writes spread",
    indexes: [index('sale', 'the buckets of one sale (remaining units, settlement)', 'saleId', 'index')],
  },
  flash_claims: {
    purpose: 'units a shopper holds in a flash sale (_id = hash of sale and openid): the per-shopper limit, exact',
    indexes: [index('sale', 'claims of one sale', 'saleId', 'openid')],
  },
  group_offers: {
    purpose: '拼团 offers: SKU, group price, group size, hours to fill, window, status',
    indexes: [
      index('product_ends', 'the live group offer of a product (product page)', 'productId', 'endAt'),
      index('newest', 'admin list, newest first', '-createdAt'),
    ],
  },
  notice_consents: {
    purpose: 'subscribe-message consents per buyer (_id = openid): one-time consents left per notice kind, bans',
    indexes: [],
  },
  notices: {
    purpose: 'every subscribe message claimed or sent (_id = hash of the notice id), so a retry never sends or spends twice',
    indexes: [index('buyer_newest', "a buyer's messages, newest first (support)", 'openid', '-createdAt')],
  },
  assistant_misses: {
    purpose: 'questions the assistant could not answer (_id = hash of the normalised text): text, count, first/last asked; no shopper identity',
    indexes: [index('count_last', 'merchant: unanswered questions by frequency', '-count', '-lastAt')],
  },
  campaigns: {
    purpose: 'holiday campaigns: theme, copy, product set, window, linked promotions (landing page, home banner)',
    indexes: [
      index('status_ends', 'running campaigns for the home banner and product countdown', 'status', 'endAt'),
      index('newest', 'admin list, newest first', '-createdAt'),
    ],
  },
  diy_components: {
    purpose: 'DIY bracelet components (base, accent, spacer, charm): material, size, price, stock, status; stock moves only by conditional update',
    indexes: [index('status_sort', 'the builder: components on sale, in the merchant\'s order', 'status', 'kind', 'sort')],
  },
  materials: {
    purpose: "material cards (寓意, Mohs hardness, care) the merchant writes; `names` = name + aliases, joined to a product's attrs.material",
    indexes: [index('names', "catalog.get's lookup of a product's material card; name uniqueness on save", 'names')],
  },
  reminders: {
    purpose: 'staff reminders, one per condition key (_id = hash of the key): kind, state active/cleared, occurrence, params, log',
    indexes: [index('state_kind', 'cron: reminders still active; admin reminders list and badges by kind', 'state', 'kind', '-updatedAt')],
  },
  quality_flags: {
    purpose: 'nightly product quality flag (_id = product id): after-sales rate over 30 days, breakdown by reason, listing fields suspected, state flagged/cleared',
    indexes: [index('state_rate', 'admin quality list (worst first); reminders pass', 'state', '-ratePermille')],
  },
  export_chunks: {
    purpose: 'CSV rows of one batch of a running order export (_id = hash of staff openid, export id, batch), joined into the file by the last batch',
    indexes: [index('export_seq', 'the batches of one export in order', 'exportId', 'seq')],
  },
}

/** The declaration, in COLLECTION_NAMES order. Every collection: functions-only access. */
export const COLLECTIONS: readonly CollectionDecl[] = Object.freeze(
  COLLECTION_NAMES.map((name) => ({ name, ...DECLARATIONS[name], rule: DECLARATIONS[name].rule ?? FUNCTIONS_ONLY })),
)

export function collectionDecl(name: string): CollectionDecl {
  const decl = COLLECTIONS.find((c) => c.name === name)
  if (!decl) throw new Error(`collection "${name}" is not declared in cloudfunctions/schema/collections.ts`)
  return decl
}

export function isDeclaredCollection(name: string): name is CollectionName {
  return (COLLECTION_NAMES as readonly string[]).includes(name)
}
