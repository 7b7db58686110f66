/**
 * The server-side cart: one record per buyer and SKU, always shown against the live product so sold-out
 * and unlisted lines are flagged rather than silently dropped.
 */
import { createHash } from 'node:crypto'
import type { Product } from '../contracts/catalog'
import { CART_MAX_LINES, type CartAddOutput, type CartLine, type CartView } from '../contracts/cart'
import { AppError, notFound } from '../core/errors'
import { cappedQuantity, cartLineKey } from '../domain/cart'
import { availability, describeSkuLine } from '../domain/stock'
import { db } from '../platform/cloud'
import { COLLECTION } from '../schema/collections'

export interface CartRecord {
  _id: string
  openid: string
  productId: string
  skuId: string
  quantity: number
  selected: boolean
  addedAt: number
  updatedAt: number
}

const carts = () => db().collection<CartRecord>(COLLECTION.carts)

export function cartLineId(openid: string, skuId: string): string {
  return 'c' + createHash('sha1').update(cartLineKey(openid, skuId)).digest('hex').slice(0, 31)
}

export async function loadProducts(ids: readonly string[]): Promise<Map<string, Product>> {
  const unique = [...new Set(ids)]
  const map = new Map<string, Product>()
  if (unique.length === 0) return map
  const _ = db().command
  for (let i = 0; i < unique.length; i += 100) {
    const { data } = await db()
      .collection<Product>(COLLECTION.products)
      .where({ _id: _.in(unique.slice(i, i + 100)) })
      .limit(100)
      .get()
    for (const p of data) map.set(p._id, p)
  }
  return map
}

export async function cartRecords(openid: string): Promise<CartRecord[]> {
  const { data } = await carts().where({ openid }).orderBy('updatedAt', 'desc').limit(CART_MAX_LINES).get()
  return data
}

function toLine(record: CartRecord, product: Product | undefined): CartLine {
  const { skuIndex: _skuIndex, ...shown } = describeSkuLine(product ?? null, record.skuId, record.quantity)
  return {
    lineId: record._id,
    productId: record.productId,
    skuId: record.skuId,
    ...shown,
    quantity: record.quantity,
    selected: record.selected,
    addedAt: record.addedAt,
  }
}

export async function cartView(openid: string): Promise<CartView> {
  const records = await cartRecords(openid)
  const products = await loadProducts(records.map((r) => r.productId))
  const lines = records.map((r) => toLine(r, products.get(r.productId)))
  const chosen = lines.filter((l) => l.selected && l.valid)
  return {
    lines,
    badgeCount: lines.reduce((n, l) => n + l.quantity, 0),
    selectedCount: chosen.reduce((n, l) => n + l.quantity, 0),
    selectedGoodsTotal: chosen.reduce((n, l) => n + l.unitPrice * l.quantity, 0),
  }
}

export async function cartBadge(openid: string): Promise<{ badgeCount: number }> {
  const records = await cartRecords(openid)
  return { badgeCount: records.reduce((n, r) => n + r.quantity, 0) }
}

export async function addToCart(openid: string, productId: string, skuId: string, quantity: number, now: number): Promise<CartAddOutput> {
  const products = await loadProducts([productId])
  const product = products.get(productId)
  if (!product) throw notFound('product', productId)
  const id = cartLineId(openid, skuId)
  const existing = (await carts().doc(id).get()).data
  const wanted = (existing?.quantity ?? 0) + quantity
  const a = availability(product, skuId, 1)
  if (!a.sku) throw notFound('sku', skuId)
  if (!a.valid) throw new AppError(a.reason === 'sold_out' ? 'SOLD_OUT' : 'CONFLICT', `error.cart.${a.reason!}`, { title: product.title }, { productId, skuId })
  const capped = cappedQuantity(wanted, a.stock)
  if (existing) {
    await carts().doc(id).update({ data: { quantity: capped, selected: true, updatedAt: now } })
  } else {
    const count = (await carts().where({ openid }).count()).total
    if (count >= CART_MAX_LINES) throw new AppError('CONFLICT', 'error.cart.full', { max: CART_MAX_LINES })
    await carts().doc(id).set({ data: { openid, productId, skuId, quantity: capped, selected: true, addedAt: now, updatedAt: now } })
  }
  return { ...(await cartView(openid)), added: capped - (existing?.quantity ?? 0), inCart: capped }
}

async function ownLine(openid: string, lineId: string): Promise<CartRecord> {
  const { data } = await carts().doc(lineId).get()
  // Someone else's line looks exactly like a missing one.
  if (!data || data.openid !== openid) throw notFound('cartLine', lineId)
  return data
}

export async function updateCartQuantity(openid: string, lineId: string, quantity: number, now: number): Promise<CartView> {
  const line = await ownLine(openid, lineId)
  const product = (await loadProducts([line.productId])).get(line.productId)
  const a = availability(product ?? null, line.skuId, 1)
  const capped = a.valid ? cappedQuantity(quantity, a.stock) : quantity
  await carts().where({ _id: lineId, openid }).update({ data: { quantity: capped, updatedAt: now } })
  return cartView(openid)
}

export async function removeCartLines(openid: string, lineIds: readonly string[]): Promise<CartView> {
  const _ = db().command
  await carts().where({ openid, _id: _.in([...lineIds]) }).remove()
  return cartView(openid)
}

export async function selectCartLines(openid: string, lineIds: readonly string[] | undefined, selected: boolean): Promise<CartView> {
  const _ = db().command
  const where: Record<string, unknown> = { openid }
  if (lineIds) where._id = _.in([...lineIds])
  await carts().where(where).update({ data: { selected } })
  return cartView(openid)
}

/** After an order is placed from the cart: the bought lines leave the cart. */
export async function removeBoughtLines(openid: string, skuIds: readonly string[]): Promise<void> {
  if (skuIds.length === 0) return
  const _ = db().command
  await carts().where({ openid, _id: _.in(skuIds.map((s) => cartLineId(openid, s))) }).remove()
}
