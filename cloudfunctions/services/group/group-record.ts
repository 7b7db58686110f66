/** Stored 拼团 offers and groups. A group's `status` changes only through group-transition.ts. */
import type { Actor } from '../../contracts/common'
import type { GroupOffer, GroupState } from '../../contracts/specials'
import type { GroupEvent } from '../../domain/machines'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import type { PendingEffect } from '../outbox/pending-effect'
import { recordKey } from '../record-key'

export type GroupOfferDoc = GroupOffer

export interface GroupMember {
  openid: string
  orderId: string
  joinedAt: number
  leader: boolean
}

export interface GroupDoc {
  _id: string
  offerId: string
  productId: string
  skuId: string
  title: string
  cover: string
  price: number
  listPrice: number
  size: number
  status: GroupState
  members: GroupMember[]
  /** Kept beside `members` so a seat's conditional update can say "not already in it". */
  memberOpenids: string[]
  memberOrderIds: string[]
  seatsTaken: number
  expiresAt: number
  log: { from: GroupState | null; to: GroupState; event: GroupEvent | 'start'; at: number; actor: Actor }[]
  pendingEffects?: PendingEffect[]
  createdAt: number
  updatedAt: number
}

/** What a group order keeps of its group. `seat`: pending from the payment until the seat is taken or refused. */
export interface GroupOrderPart {
  offerId: string
  leader: boolean
  size: number
  hours: number
  seat?: 'pending' | 'taken' | 'rejected'
  /** Set on every member's order when the group formed: only then may it ship. */
  formedAt?: number | null
  /** Set once the group refund of this order was asked of WeChat (its number is fixed: RG + trade no). */
  refundStarted?: boolean
}

export const groupOffers = () => db().collection<GroupOfferDoc>(COLLECTION.group_offers)
export const groups = () => db().collection<GroupDoc>(COLLECTION.groups)

/** The group a leader's order starts: derived from the order, so a retried seat finds the same group. */
export const groupIdFor = (orderId: string) => recordKey('g', orderId)
