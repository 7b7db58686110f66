import { z } from 'zod'
import { Id } from './common'

type Fen = number

/** Why a cart line cannot be bought right now. `stock_short`: fewer left than the line asks for. */
export type CartInvalidReason = 'sold_out' | 'unlisted' | 'stock_short'

/** One cart line as the cart page shows it, always re-read from the live product. */
export interface CartLine {
  /** Stable id of the line; pass it to cart.update / cart.remove / cart.select. */
  lineId: string
  productId: string
  skuId: string
  title: string
  skuName: string
  cover: string
  /** Current price of the SKU, fen. */
  unitPrice: Fen
  quantity: number
  selected: boolean
  /** Units of this SKU left right now. */
  stock: number
  valid: boolean
  invalidReason?: CartInvalidReason
  /** The product was deleted meanwhile: title and skuName are empty, the client says so. */
  removed?: true
  addedAt: number
}

export interface CartView {
  lines: CartLine[]
  /** Sum of quantities of all lines: the number on the cart tab badge. */
  badgeCount: number
  /** Valid selected lines, counted in units. */
  selectedCount: number
  /** Goods total of the valid selected lines, fen, for the bar at the bottom only; checkout.quote is the real price. */
  selectedGoodsTotal: Fen
}

/** A shopper may hold this many distinct lines and at most this many units per line. */
export const CART_MAX_LINES = 100
export const CART_MAX_QUANTITY = 99

const Quantity = z.number().int().min(1).max(CART_MAX_QUANTITY)

export const CartGetInput = z.object({})
export type CartGetOutput = CartView

/** Adds units to the line of this SKU (creating it, selected). Quantity is capped by stock; beyond stock → SOLD_OUT / CONFLICT. */
export const CartAddInput = z.object({ productId: Id, skuId: Id, quantity: Quantity.default(1) })
export type CartAddInput = z.input<typeof CartAddInput>
/** `added` can be less than asked (even 0) when stock caps the line: the page says so instead of a false "added". */
export type CartAddOutput = CartView & { added: number; inCart: number }

/** Sets a line's quantity (capped at the SKU's stock). */
export const CartUpdateInput = z.object({ lineId: Id, quantity: Quantity })
export type CartUpdateInput = z.input<typeof CartUpdateInput>
export type CartUpdateOutput = CartView

export const CartRemoveInput = z.object({ lineIds: z.array(Id).min(1).max(CART_MAX_LINES) })
export type CartRemoveInput = z.input<typeof CartRemoveInput>
export type CartRemoveOutput = CartView

/** Select or unselect some lines, or every line when `lineIds` is omitted (the 全选 box). */
export const CartSelectInput = z.object({ lineIds: z.array(Id).min(1).max(CART_MAX_LINES).optional(), selected: z.boolean() })
export type CartSelectInput = z.input<typeof CartSelectInput>
export type CartSelectOutput = CartView

/** Badge only: cheap enough to call on every tab switch. */
export const CartCountInput = z.object({})
export interface CartCountOutput {
  badgeCount: number
}

/** Served by the `shop` function, role shopper. */
export const CART_ACTIONS = {
  get: 'cart.get',
  add: 'cart.add',
  update: 'cart.update',
  remove: 'cart.remove',
  select: 'cart.select',
  count: 'cart.count',
} as const
