/**
 * Merchant side of 秒杀: create (reserving the units from the SKU's normal stock), edit, pause/resume,
 * and the list with units left, sold and revenue.
 *
 * Creating is ONE transaction of doc(id) operations: re-read the product, take `quantity` off the SKU
 * (refused when the SKU holds fewer), insert the sale and its buckets. All of it or nothing, so units are
 * never taken without a sale to sell them, nor a sale made without units.
 */
import { randomUUID } from 'node:crypto'
import type { Actor, Page } from '../../contracts/common'
import type { Product } from '../../contracts/catalog'
import type { FlashSaleAdmin, FlashSaleSaveInput, FlashSaleStatus } from '../../contracts/specials'
import { AppError, notFound } from '../../core/errors'
import { bucketCountFor, bucketShares, flashPhase } from '../../domain/specials'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'
import { audit } from '../audit.service'
import { bucketId, flashBuckets, flashSales, type FlashBucketDoc, type FlashSaleDoc } from './flash-record'
import { settleSale } from './flash-settle'

interface StaffAct {
  by: Actor
  now: number
}

type SaveInput = FlashSaleSaveInput & { price: number; quantity: number; perShopperLimit: number }

export async function saveFlashSale(input: SaveInput, actor: StaffAct): Promise<FlashSaleAdmin> {
  if (input.id) return editFlashSale(input.id, input, actor)
  if (input.endAt <= actor.now) throw new AppError('INVALID_INPUT', 'error.flash.window')
  const _ = db().command
  const id = `fs-${randomUUID().replace(/-/g, '').slice(0, 16)}`
  const buckets = bucketCountFor(input.quantity)
  await db().runTransaction(async (t) => {
    const product = (await t.collection<Product>(COLLECTION.products).doc(input.productId).get()).data
    if (!product) throw notFound('product', input.productId)
    const index = product.skus.findIndex((s) => s.skuId === input.skuId)
    if (index < 0) throw notFound('sku', input.skuId)
    const sku = product.skus[index]
    if (sku.stock < input.quantity) {
      throw new AppError('CONFLICT', 'error.flash.stockShort', { stock: sku.stock, quantity: input.quantity }, { stock: sku.stock })
    }
    // Reserved units count as sold on the product while the sale holds them; settlement gives back the rest.
    await t.collection(COLLECTION.products).doc(product._id).update({
      data: {
        [`skus.${index}.stock`]: _.inc(-input.quantity),
        [`skus.${index}.sold`]: _.inc(input.quantity),
        stock: _.inc(-input.quantity),
        sold: _.inc(input.quantity),
        version: _.inc(1),
        updatedAt: actor.now,
      },
    })
    const sale: FlashSaleDoc = {
      _id: id,
      name: input.name,
      productId: product._id,
      skuId: sku.skuId,
      title: product.title,
      skuName: sku.name,
      cover: product.media?.images?.[0] ?? '',
      price: input.price,
      listPrice: sku.price,
      quantity: input.quantity,
      perShopperLimit: input.perShopperLimit,
      startAt: input.startAt,
      endAt: input.endAt,
      status: 'active',
      buckets,
      settledAt: null,
      returnedUnits: null,
      createdAt: actor.now,
      updatedAt: actor.now,
      createdBy: actor.by,
    }
    await t.collection(COLLECTION.flash_sales).add({ data: sale as unknown as Record<string, unknown> })
    const shares = bucketShares(input.quantity, buckets)
    for (let i = 0; i < buckets; i++) {
      const bucket: FlashBucketDoc = { _id: bucketId(id, i), saleId: id, index: i, remaining: shares[i], initial: shares[i] }
      await t.collection(COLLECTION.flash_stock).add({ data: bucket as unknown as Record<string, unknown> })
    }
  })
  await audit({ actor: actor.by, at: actor.now, action: 'flashSales.create', targetId: id, summary: `${input.productId}/${input.skuId} ×${input.quantity} @${input.price}` })
  return adminView((await flashSales().doc(id).get()).data!, actor.now)
}

async function editFlashSale(id: string, input: SaveInput, actor: StaffAct): Promise<FlashSaleAdmin> {
  const before = (await flashSales().doc(id).get()).data
  if (!before) throw notFound('flashSale', id)
  if (before.settledAt !== null || before.endAt <= actor.now) throw new AppError('CONFLICT', 'error.flash.ended')
  // Edited from the version the form loaded, not just from what we read now.
  if (before.updatedAt !== input.expectedUpdatedAt) throw new AppError('CONFLICT', 'error.changed.flashSale', {}, { updatedAt: before.updatedAt })
  if (input.productId !== before.productId || input.skuId !== before.skuId || input.quantity !== before.quantity) {
    throw new AppError('INVALID_INPUT', 'error.flash.fixedFields')
  }
  if (input.endAt <= actor.now) throw new AppError('INVALID_INPUT', 'error.flash.window')
  // Quantity is fixed (its units sit in the buckets); a sale that started keeps its price too: shoppers
  // already bought at it, and orders still unpaid hold it.
  if (before.startAt <= actor.now && input.price !== before.price) throw new AppError('CONFLICT', 'error.flash.runningPrice', {}, { price: before.price })
  // A sale that already started keeps its start: shoppers have seen it live.
  const startAt = before.startAt <= actor.now ? before.startAt : input.startAt
  const fields = { name: input.name, price: input.price, perShopperLimit: input.perShopperLimit, startAt, endAt: input.endAt, updatedAt: actor.now }
  const won = await flashSales().where({ _id: id, updatedAt: before.updatedAt, settledAt: null }).update({ data: fields })
  if (won.stats.updated !== 1) throw new AppError('CONFLICT', 'error.changed.flashSale')
  await audit({ actor: actor.by, at: actor.now, action: 'flashSales.update', targetId: id, summary: `price ${before.price}→${input.price}, limit ${before.perShopperLimit}→${input.perShopperLimit}, ends ${before.endAt}→${input.endAt}` })
  if (input.endAt <= actor.now) await settleSale(id, actor.now)
  return adminView({ ...before, ...fields }, actor.now)
}

export async function setFlashSaleStatus(id: string, status: FlashSaleStatus, actor: StaffAct): Promise<FlashSaleAdmin> {
  const before = (await flashSales().doc(id).get()).data
  if (!before) throw notFound('flashSale', id)
  if (before.settledAt !== null) throw new AppError('CONFLICT', 'error.flash.ended')
  if (before.status !== status) {
    await flashSales().where({ _id: id, settledAt: null }).update({ data: { status, updatedAt: actor.now } })
    await audit({ actor: actor.by, at: actor.now, action: 'flashSales.setStatus', targetId: id, summary: `status: ${before.status} → ${status}` })
  }
  return adminView({ ...before, status }, actor.now)
}

/** Units left in the sale's buckets (one query). */
export async function remainingOf(sale: FlashSaleDoc): Promise<number> {
  const { data } = await flashBuckets().where({ saleId: sale._id }).limit(100).get()
  return data.reduce((n, b) => n + b.remaining, 0)
}

interface OrderStat {
  _id: string
  orders: number
  units: number
  amount: number
}

/** Orders of a special by state: units and paid amount (one aggregate). */
export async function orderStats(field: 'flashSaleId' | 'group.offerId', id: string, unitsField: string): Promise<OrderStat[]> {
  const $ = db().command.aggregate
  const res = await db()
    .collection(COLLECTION.orders)
    .aggregate()
    .match({ [field]: id })
    .group({ _id: '$state', orders: $.sum(1), units: $.sum(unitsField), amount: $.sum('$payable') })
    .end()
  return (res.list ?? []) as OrderStat[]
}

/** Orders whose money came in and was not all refunded. */
const PAID_AND_KEPT = new Set(['paid', 'shipped', 'delivered', 'completed', 'after_sale'])

export function summarise(stats: OrderStat[]): { sold: number; revenue: number; paidOrders: number } {
  let sold = 0
  let revenue = 0
  let paidOrders = 0
  for (const s of stats) {
    if (s._id !== 'cancelled') sold += s.units
    if (PAID_AND_KEPT.has(s._id)) {
      revenue += s.amount
      paidOrders += s.orders
    }
  }
  return { sold, revenue, paidOrders }
}

async function adminView(sale: FlashSaleDoc, now: number): Promise<FlashSaleAdmin> {
  const [remaining, stats] = await Promise.all([remainingOf(sale), orderStats('flashSaleId', sale._id, '$flash.units')])
  return { ...sale, phase: flashPhase(sale, now, remaining), remaining, ...summarise(stats) }
}

export async function listFlashSales(q: { page: number; pageSize: number }, now: number): Promise<Page<FlashSaleAdmin>> {
  const [rows, counted] = await Promise.all([
    flashSales().orderBy('createdAt', 'desc').skip((q.page - 1) * q.pageSize).limit(q.pageSize).get(),
    flashSales().count(),
  ])
  const items = await Promise.all(rows.data.map((s) => adminView(s, now)))
  return { items, page: q.page, pageSize: q.pageSize, total: counted.total, hasMore: (q.page - 1) * q.pageSize + items.length < counted.total }
}
