import { z } from 'zod'
import { Id, type Reason } from './common'
import { DiyDesignInput } from './diy-design'

type Fen = number

/** What a price line is. Discounts are negative amounts. */
export type PriceLineKind = 'item' | 'member' | 'campaign' | 'fullReduction' | 'firstOrder' | 'coupon' | 'points' | 'shipping'

/**
 * One line of the quote, shown as is: the client never adds anything up itself. Nothing here is display
 * text: the client names the line from `kind` (key `price.kind.<kind>`) and explains it from `reason`.
 * Item lines carry the product's title and SKU name as params (the merchant's own text, not translated).
 */
export interface PriceLine {
  kind: PriceLineKind
  /** Fen; negative for discounts. Item lines: unit price × quantity. */
  amount: Fen
  /** Why this line is here, e.g. `{ key: 'price.shipping.free', params: { freeOver: 99 } }`. */
  reason: Reason
  /** Discount lines: the discount was cut to what the goods still cost. */
  capped?: true
  /** Item lines: which SKU they price, so discounts can be shared back to lines. */
  skuId?: string
  /** Promotion lines: the promotion or coupon that produced it. */
  sourceId?: string
}

/** Where the goods of a checkout come from: the selected cart lines, or one item bought at once. */
export const CheckoutSource = z.union([
  z.object({ fromCart: z.literal(true) }).strict(),
  z
    .object({
      buyNow: z
        .object({
          productId: Id,
          skuId: Id,
          quantity: z.number().int().min(1).max(99),
          /** Bought in this 秒杀 flash sale, at its price, from its own stock (contracts/specials.ts). */
          flashSaleId: Id.optional(),
          /** Bought in a 拼团: start a group of this offer, or join `groupId` (contracts/specials.ts). */
          group: z.object({ offerId: Id, groupId: Id.optional() }).strict().optional(),
        })
        .strict()
        .refine((b) => !(b.flashSaleId && b.group), { message: 'error.checkout.oneSpecial' }),
    })
    .strict(),
  /** A DIY 手串 design, bought as one bracelet (contracts/diy.ts). */
  z.object({ diy: DiyDesignInput }).strict(),
])
export type CheckoutSource = z.input<typeof CheckoutSource>

/** A goods line of the quote (the checkout page's item list). */
export interface QuoteItem {
  productId: string
  skuId: string
  title: string
  skuName: string
  cover: string
  unitPrice: Fen
  quantity: number
  /** Stock left now; the order may still fail with SOLD_OUT if someone is quicker. */
  stock: number
  valid: boolean
  invalidReason?: 'sold_out' | 'unlisted' | 'stock_short'
  /** The product was deleted meanwhile: title and skuName are empty, the client says so. */
  removed?: true
}

export interface Quote {
  items: QuoteItem[]
  lines: PriceLine[]
  /** Sum of item lines. */
  goodsTotal: Fen
  /** Sum of discount lines as a positive number. */
  discountTotal: Fen
  shippingFee: Fen
  /** Exactly the sum of all line amounts; never negative. */
  payable: Fen
  /** False when some item cannot be bought (see items[].invalidReason) or nothing is selected. */
  canOrder: boolean
  /** Per goods line: its share of all discounts and of `payable` (fen-exact; paid shares add up to payable). */
  allocation?: LineAllocation[]
  /** The shopper's usable coupons with what each would save here, and the one this quote uses. */
  coupons?: QuoteCoupons
  /** Points: balance, and how many this quote spends (`usePoints` asked for, capped by the rules). */
  points?: { balance: number; used: number }
}

export interface LineAllocation {
  skuId: string
  /** Discounts (item prices, 满减, coupon, points) this line carries, as a positive number. */
  discountShare: Fen
  /** What this line pays, shipping share included; a refund of the whole line returns exactly this. */
  paidShare: Fen
}

export interface QuoteCouponOption {
  couponId: string
  name: string
  /** Amount-off or percent-off, threshold and expiry, for the picker to describe. */
  benefit: { kind: 'amountOff'; amountOffFen: Fen } | { kind: 'percentOff'; percent: number; capFen: Fen }
  thresholdFen: Fen
  expiresAt: number
  applicable: boolean
  /** How much less the shopper pays with this coupon than with none. */
  saving: Fen
}

export interface QuoteCoupons {
  options: QuoteCouponOption[]
  /** The coupon this quote applies (null: none). */
  chosenId: string | null
  /** The best one (the default when the shopper has not chosen). */
  bestId: string | null
  /** The shopper asked for a coupon that does not apply to these goods. */
  rejected: boolean
}

/**
 * `couponId`: absent = the best coupon, null = none (不使用), an id = that coupon. `usePoints`: how many
 * points the shopper wants to spend (the quote caps it by balance and the points rule).
 */
export const CouponChoiceInput = Id.nullable().optional()
export const UsePointsInput = z.number().int().min(0).max(100_000_000).optional()
export const CheckoutQuoteInput = z.object({ source: CheckoutSource, addressId: Id.optional(), couponId: CouponChoiceInput, usePoints: UsePointsInput })
export type CheckoutQuoteInput = z.input<typeof CheckoutQuoteInput>
export type CheckoutQuoteOutput = Quote

/** Served by the `shop` function, role shopper. */
export const CHECKOUT_ACTIONS = { quote: 'checkout.quote' } as const
