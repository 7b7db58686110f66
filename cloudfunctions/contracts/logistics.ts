/** Parcel tracking and subscribe-message consent, as the shopper's pages see them. */
import { z } from 'zod'
import { Id, type Reason } from './common'
import type { ParcelTrack } from './order'
export { CarrierCode } from './carrier'

export type TrackStatus = Exclude<ParcelTrack['status'], 'shipped'>

export interface TrackNode {
  id: string
  at: number
  status: TrackStatus
  /** The carrier's own words. */
  text: string
}

export interface ParcelTracking {
  shipmentId: string
  parcelNo: number
  carrierCode: string
  waybillNo: string
  state: ParcelTrack['status']
  /** Newest first. */
  events: TrackNode[]
  /** What this parcel holds (titles × quantity), for the tab. */
  itemDesc: string
  lastSyncAt: number | null
  /** Why the last carrier query failed (a key), or null. */
  problem: Reason | null
}

/** The parcels of one of the caller's orders with their timelines; `refresh` asks the carrier first (at most once per waybill per 30 min). */
export const OrderTrackingInput = z.object({ orderId: Id, refresh: z.boolean().optional() })
export type OrderTrackingInput = z.input<typeof OrderTrackingInput>
export interface OrderTrackingOutput {
  orderId: string
  orderNo: string
  parcels: ParcelTracking[]
}

/** A parcel in trouble, flagged on the order for the merchant. */
export interface LogisticsAlert {
  shipmentId: string
  waybillNo: string
  reason: Reason
  at: number
}

export const NOTICE_KIND_VALUES = ['orderPaid', 'orderShipped', 'refundResult', 'unpaidReminder', 'ticketReply', 'outForDelivery', 'parcelSigned', 'groupResult', 'birthday', 'newArrival', 'staffReminder'] as const
export const NoticeKindInput = z.enum(NOTICE_KIND_VALUES)

/** The template ids to pass to Taro.requestSubscribeMessage for these notices (kinds without a template are left out). */
export const NoticeTemplatesInput = z.object({ kinds: z.array(NoticeKindInput).min(1).max(3) })
export type NoticeTemplatesInput = z.input<typeof NoticeTemplatesInput>
export interface NoticeTemplatesOutput {
  templates: { kind: (typeof NOTICE_KIND_VALUES)[number]; templateId: string }[]
}

/** What requestSubscribeMessage answered, per template id (`accept`, `reject`, `ban`, `filter`). */
export const NoticeConsentInput = z.object({
  results: z.record(z.string().regex(/^[A-Za-z0-9_-]{8,64}$/), z.enum(['accept', 'reject', 'ban', 'filter'])).refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= 5, 'error.input.invalid'),
})
export type NoticeConsentInput = z.input<typeof NoticeConsentInput>
export interface NoticeConsentOutput {
  /** Messages of each kind the buyer may now receive. */
  remaining: Partial<Record<(typeof NOTICE_KIND_VALUES)[number], number>>
}
