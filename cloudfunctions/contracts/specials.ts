/**
 * 秒杀 flash sales and 拼团 group buying: what the shopper pages and the admin pages exchange with the
 * functions. A flash sale sells a limited quantity of one SKU at a price in a window, with its own stock
 * (split over bucket documents) reserved from the SKU's normal stock; a group offer sells one SKU at a
 * group price once N people have paid within T hours.
 */
import { z } from 'zod'
import { EditedVersion, Fen, Id, PageInput, VERSION_REQUIRED, versionedEdit, type Actor } from './common'

type Fen = number

export const FLASH_SALE_STATUSES = ['active', 'paused'] as const
export type FlashSaleStatus = (typeof FLASH_SALE_STATUSES)[number]

/** Where a sale stands for a shopper at a moment (derived from status and window, never stored). */
export type FlashSalePhase = 'upcoming' | 'live' | 'paused' | 'ended' | 'soldOut'

/** The merchant's own name for a sale or an offer is stored as typed (never translated). */
const Name = z.string().trim().min(1, 'error.input.specialNameRequired').max(40)

export const FlashSaleSaveInput = z
  .object({
    /** Absent: create. Present: edit name, price, limit or window of an existing sale (quantity is fixed). */
    id: Id.optional(),
    ...EditedVersion,
    name: Name,
    productId: Id,
    skuId: Id,
    price: Fen.refine((v) => v >= 1, 'error.flash.priceMin'),
    quantity: z.number().int().min(1).max(10_000),
    perShopperLimit: z.number().int().min(1).max(99),
    startAt: z.number().int().min(0),
    endAt: z.number().int().min(0),
  })
  .strict()
  .refine((v) => v.endAt > v.startAt, { message: 'error.flash.window', path: ['endAt'] })
  .refine(versionedEdit, VERSION_REQUIRED)
export type FlashSaleSaveInput = z.input<typeof FlashSaleSaveInput>

export const FlashSaleStatusInput = z.object({ id: Id, status: z.enum(FLASH_SALE_STATUSES) }).strict()
export const FlashSaleIdInput = z.object({ id: Id }).strict()
export const FlashSaleListInput = PageInput.extend({}).strict()

export interface FlashSale {
  _id: string
  name: string
  productId: string
  skuId: string
  /** Product title and SKU name when the sale was saved (the merchant's own words). */
  title: string
  skuName: string
  cover: string
  price: Fen
  /** The SKU's list price when the sale was saved, shown struck through. */
  listPrice: Fen
  quantity: number
  perShopperLimit: number
  startAt: number
  endAt: number
  status: FlashSaleStatus
  buckets: number
  /** Set once the unsold units went back to normal stock (after the window ended). */
  settledAt: number | null
  returnedUnits: number | null
  createdAt: number
  updatedAt: number
  createdBy: Actor
}

/** A sale as the admin list shows it: with units left, units sold (in orders still standing) and revenue. */
export interface FlashSaleAdmin extends FlashSale {
  phase: FlashSalePhase
  remaining: number
  /** Units in orders not cancelled. */
  sold: number
  /** Paid amount of paid-and-later orders, fen. */
  revenue: Fen
  paidOrders: number
}

export const GROUP_OFFER_STATUSES = ['active', 'paused'] as const
export type GroupOfferStatus = (typeof GROUP_OFFER_STATUSES)[number]

export const GroupOfferSaveInput = z
  .object({
    id: Id.optional(),
    ...EditedVersion,
    name: Name,
    productId: Id,
    skuId: Id,
    price: Fen.refine((v) => v >= 1, 'error.flash.priceMin'),
    groupSize: z.number().int().min(2).max(20),
    hours: z.number().int().min(1).max(72),
    startAt: z.number().int().min(0),
    endAt: z.number().int().min(0),
  })
  .strict()
  .refine((v) => v.endAt > v.startAt, { message: 'error.flash.window', path: ['endAt'] })
  .refine(versionedEdit, VERSION_REQUIRED)
export type GroupOfferSaveInput = z.input<typeof GroupOfferSaveInput>
export const GroupOfferStatusInput = z.object({ id: Id, status: z.enum(GROUP_OFFER_STATUSES) }).strict()
export const GroupOfferListInput = PageInput.extend({}).strict()

export interface GroupOffer {
  _id: string
  name: string
  productId: string
  skuId: string
  title: string
  skuName: string
  cover: string
  price: Fen
  listPrice: Fen
  groupSize: number
  hours: number
  startAt: number
  endAt: number
  status: GroupOfferStatus
  createdAt: number
  updatedAt: number
  createdBy: Actor
}

export interface GroupOfferAdmin extends GroupOffer {
  live: boolean
  groups: { forming: number; formed: number; failed: number }
  paidOrders: number
  revenue: Fen
}

export const GROUP_STATES = ['forming', 'formed', 'failed'] as const
export type GroupState = (typeof GROUP_STATES)[number]

/** One 拼团 as a shopper sees it (group page, order detail). Members are shown by position, never by openid. */
export interface GroupView {
  _id: string
  offerId: string
  productId: string
  skuId: string
  title: string
  cover: string
  price: Fen
  listPrice: Fen
  size: number
  seatsTaken: number
  seatsLeft: number
  state: GroupState
  expiresAt: number
  members: { position: number; leader: boolean; joinedAt: number; me: boolean }[]
  /** The caller holds a seat in it. */
  mine: boolean
  /** The caller may join now (forming, seats left, not in it, offer live). */
  canJoin: boolean
}

/** What the product page shows beyond the product: the live or next flash sale and the group offer. */
export interface ProductSpecials {
  flash: null | {
    saleId: string
    skuId: string
    price: Fen
    listPrice: Fen
    phase: FlashSalePhase
    startAt: number
    endAt: number
    remaining: number
    quantity: number
    perShopperLimit: number
  }
  group: null | {
    offerId: string
    skuId: string
    price: Fen
    listPrice: Fen
    groupSize: number
    hours: number
    /** Groups of this offer that still have seats, soonest to expire first (at most 5). */
    openGroups: { groupId: string; seatsLeft: number; expiresAt: number }[]
  }
}

export const SpecialsForProductInput = z.object({ productId: Id }).strict()
export const GroupGetInput = z.object({ groupId: Id }).strict()

/** Shop function (role shopper) and admin function (staff, permission promotions.write). */
export const SPECIALS_ACTIONS = {
  forProduct: 'specials.forProduct',
  groupGet: 'groups.get',
  flashSave: 'flashSales.save',
  flashSetStatus: 'flashSales.setStatus',
  flashList: 'flashSales.list',
  groupOfferSave: 'groupOffers.save',
  groupOfferSetStatus: 'groupOffers.setStatus',
  groupOfferList: 'groupOffers.list',
} as const
