/**
 * 拼团 offers for the merchant (create, edit, pause; list with groups, paid orders and revenue) and what
 * shoppers read: the product page's live specials and one group's page.
 */
import { randomUUID } from 'node:crypto'
import type { Actor, Page } from '../../contracts/common'
import type { Product } from '../../contracts/catalog'
import type { GroupOfferAdmin, GroupOfferSaveInput, GroupOfferStatus, GroupView, ProductSpecials } from '../../contracts/specials'
import { AppError, notFound } from '../../core/errors'
import { flashPhase, offerLive } from '../../domain/specials'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { audit } from '../audit.service'
import { orderStats, remainingOf, summarise } from '../flash/flash-admin.service'
import { flashSales } from '../flash/flash-record'
import { seenSoldOut } from '../flash/flash-stock'
import { groupOffers, groups, type GroupDoc, type GroupOfferDoc } from './group-record'

interface StaffAct {
  by: Actor
  now: number
}

type SaveInput = GroupOfferSaveInput & { price: number; groupSize: number; hours: number }

export async function saveGroupOffer(input: SaveInput, actor: StaffAct): Promise<GroupOfferAdmin> {
  const product = (await db().collection<Product>(COLLECTION.products).doc(input.productId).get()).data
  if (!product) throw notFound('product', input.productId)
  const sku = product.skus.find((s) => s.skuId === input.skuId)
  if (!sku) throw notFound('sku', input.skuId)
  if (input.endAt <= actor.now) throw new AppError('INVALID_INPUT', 'error.flash.window')
  const fields = { name: input.name, price: input.price, groupSize: input.groupSize, hours: input.hours, startAt: input.startAt, endAt: input.endAt, updatedAt: actor.now }
  if (input.id) {
    const before = (await groupOffers().doc(input.id).get()).data
    if (!before) throw notFound('groupOffer', input.id)
    // Edited from the version the form loaded, not just from what we read now.
    if (before.updatedAt !== input.expectedUpdatedAt) throw new AppError('CONFLICT', 'error.changed.groupOffer', {}, { updatedAt: before.updatedAt })
    if (before.productId !== input.productId || before.skuId !== input.skuId) throw new AppError('INVALID_INPUT', 'error.flash.fixedFields')
    // Groups already forming keep the size and price they started with (stored on the group).
    const won = await groupOffers().where({ _id: input.id, updatedAt: before.updatedAt }).update({ data: fields })
    if (won.stats.updated !== 1) throw new AppError('CONFLICT', 'error.changed.groupOffer')
    await audit({ actor: actor.by, at: actor.now, action: 'groupOffers.update', targetId: input.id, summary: `price ${before.price}→${input.price}, size ${before.groupSize}→${input.groupSize}` })
    return adminView({ ...before, ...fields }, actor.now)
  }
  const offer: GroupOfferDoc = {
    _id: `go-${randomUUID().replace(/-/g, '').slice(0, 16)}`,
    productId: product._id,
    skuId: sku.skuId,
    title: product.title,
    skuName: sku.name,
    cover: product.media?.images?.[0] ?? '',
    listPrice: sku.price,
    status: 'active',
    createdAt: actor.now,
    createdBy: actor.by,
    ...fields,
  }
  await groupOffers().add({ data: offer as unknown as Record<string, unknown> })
  await audit({ actor: actor.by, at: actor.now, action: 'groupOffers.create', targetId: offer._id, summary: `${offer.productId}/${offer.skuId} ${offer.groupSize}人 @${offer.price}` })
  return adminView(offer, actor.now)
}

export async function setGroupOfferStatus(id: string, status: GroupOfferStatus, actor: StaffAct): Promise<GroupOfferAdmin> {
  const before = (await groupOffers().doc(id).get()).data
  if (!before) throw notFound('groupOffer', id)
  if (before.status !== status) {
    await groupOffers().doc(id).update({ data: { status, updatedAt: actor.now } })
    await audit({ actor: actor.by, at: actor.now, action: 'groupOffers.setStatus', targetId: id, summary: `status: ${before.status} → ${status}` })
  }
  return adminView({ ...before, status }, actor.now)
}

async function adminView(offer: GroupOfferDoc, now: number): Promise<GroupOfferAdmin> {
  const _ = db().command
  const [stats, forming, formed, failed] = await Promise.all([
    orderStats('group.offerId', offer._id, '$items.0.quantity'),
    groups().where({ offerId: offer._id, status: 'forming' }).count(),
    groups().where({ offerId: offer._id, status: 'formed' }).count(),
    groups().where({ offerId: offer._id, status: _.eq('failed') }).count(),
  ])
  const { revenue, paidOrders } = summarise(stats)
  return { ...offer, live: offerLive(offer, now), groups: { forming: forming.total, formed: formed.total, failed: failed.total }, revenue, paidOrders }
}

export async function listGroupOffers(q: { page: number; pageSize: number }, now: number): Promise<Page<GroupOfferAdmin>> {
  const [rows, counted] = await Promise.all([
    groupOffers().orderBy('createdAt', 'desc').skip((q.page - 1) * q.pageSize).limit(q.pageSize).get(),
    groupOffers().count(),
  ])
  const items = await Promise.all(rows.data.map((o) => adminView(o, now)))
  return { items, page: q.page, pageSize: q.pageSize, total: counted.total, hasMore: (q.page - 1) * q.pageSize + items.length < counted.total }
}

/** The product page's specials: the live (or next) flash sale and the live group offer with open groups. */
export async function specialsForProduct(productId: string, now: number): Promise<ProductSpecials> {
  const _ = db().command
  const [sales, offers] = await Promise.all([
    flashSales().where({ productId, endAt: _.gt(now) }).orderBy('endAt', 'asc').limit(5).get(),
    groupOffers().where({ productId, endAt: _.gt(now) }).orderBy('endAt', 'asc').limit(5).get(),
  ])
  const sale = sales.data.find((s) => s.status === 'active' && s.settledAt === null)
  const offer = offers.data.find((o) => offerLive(o, now))
  let flash: ProductSpecials['flash'] = null
  if (sale) {
    const remaining = seenSoldOut(sale, now) ? 0 : await remainingOf(sale)
    flash = {
      saleId: sale._id,
      skuId: sale.skuId,
      price: sale.price,
      listPrice: sale.listPrice,
      phase: flashPhase(sale, now, remaining),
      startAt: sale.startAt,
      endAt: sale.endAt,
      remaining,
      quantity: sale.quantity,
      perShopperLimit: sale.perShopperLimit,
    }
  }
  let group: ProductSpecials['group'] = null
  if (offer) {
    const open = await groups().where({ offerId: offer._id, status: 'forming', expiresAt: _.gt(now) }).orderBy('expiresAt', 'asc').limit(5).get()
    group = {
      offerId: offer._id,
      skuId: offer.skuId,
      price: offer.price,
      listPrice: offer.listPrice,
      groupSize: offer.groupSize,
      hours: offer.hours,
      openGroups: open.data.filter((g) => g.seatsTaken < g.size).map((g) => ({ groupId: g._id, seatsLeft: g.size - g.seatsTaken, expiresAt: g.expiresAt })),
    }
  }
  return { flash, group }
}

export function toGroupView(g: GroupDoc, openid: string | null, offer: GroupOfferDoc | null, now: number): GroupView {
  const mine = !!openid && g.memberOpenids.includes(openid)
  const open = g.status === 'forming' && g.expiresAt > now && g.seatsTaken < g.size
  return {
    _id: g._id,
    offerId: g.offerId,
    productId: g.productId,
    skuId: g.skuId,
    title: g.title,
    cover: g.cover,
    price: g.price,
    listPrice: g.listPrice,
    size: g.size,
    seatsTaken: g.seatsTaken,
    seatsLeft: Math.max(0, g.size - g.seatsTaken),
    state: g.status,
    expiresAt: g.expiresAt,
    members: g.members.map((m, i) => ({ position: i + 1, leader: m.leader, joinedAt: m.joinedAt, me: m.openid === openid })),
    mine,
    canJoin: open && !mine && !!offer && offerLive(offer, now),
  }
}

export async function getGroup(groupId: string, openid: string | null, now: number): Promise<GroupView> {
  const g = (await groups().doc(groupId).get()).data
  if (!g) throw notFound('group', groupId)
  const offer = (await groupOffers().doc(g.offerId).get()).data
  return toGroupView(g, openid, offer, now)
}
