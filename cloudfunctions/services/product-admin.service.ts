import { queueNewArrival } from './member/engagement.service'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Category, CategorySaveInput, Product, ProductDraft, ProductSaveOutput, Sku } from '../contracts/catalog'
import { versionOf } from '../contracts/catalog'
import type { Actor as AuditActor } from '../contracts/common'
import { AppError, changedMeanwhile, notFound } from '../core/errors'
import { skuTotals } from '../domain/catalog'
import { db } from '../platform/cloud'
import { COLLECTION } from '../schema/collections'
import { initialEntries, writeInitialEntries } from './stock-ledger.service'
import { audit, diffSummary } from './audit.service'
import { bumpCatalogVersion } from './search/search-settings'
import { guardListing } from './crystal/listing-guard'

type Draft = z.output<typeof import('../contracts/catalog').ProductDraft>
type CategoryDraft = z.output<typeof import('../contracts/catalog').CategorySaveInput>

const AUDITED_FIELDS = ['title', 'subtitle', 'categoryId', 'tags', 'attrs', 'media', 'skus', 'unique', 'description'] as const
const shortId = () => randomUUID().replace(/-/g, '').slice(0, 12)

/** Who writes (audited with their staff role, from actorOf(ctx.caller)) and when. */
export interface Actor {
  by: AuditActor
  now: number
}

/**
 * SKU ids are kept for existing variants (orders and carts refer to them). Stock has one owner: on
 * CREATE a SKU starts at the draft's stated stock; on an EDIT every existing SKU keeps the server's
 * stock and sold (the form's number is stale the moment a buyer pays) and a new SKU starts at 0 — stock
 * then moves only through products.adjustStock. A skuId the product never had is refused rather than
 * silently created, and so is a new SKU in an edit that states a stock.
 */
export function mergeSkus(drafts: Draft['skus'], existing: readonly Sku[], mode: 'create' | 'edit'): Sku[] {
  const known = new Map(existing.map((s) => [s.skuId, s]))
  return drafts.map((d, i) => {
    if (d.skuId && !known.has(d.skuId)) {
      throw new AppError('INVALID_INPUT', 'error.product.foreignSku', { skuId: d.skuId }, { skuId: d.skuId })
    }
    const kept = d.skuId ? known.get(d.skuId)! : null
    if (mode === 'edit' && !kept && (d.stock ?? 0) !== 0) {
      throw new AppError('INVALID_INPUT', 'error.product.newSkuStock', { sku: d.name }, [{ path: `draft.skus.${i}.stock`, message: 'error.product.newSkuStock' }])
    }
    const stock = kept ? kept.stock : mode === 'create' ? (d.stock ?? 0) : 0
    const sku: Sku = { skuId: d.skuId ?? `sku-${shortId()}`, name: d.name, price: d.price, stock, sold: kept ? kept.sold : 0 }
    if (d.originalPrice !== undefined) sku.originalPrice = d.originalPrice
    if (d.beadMm !== undefined) sku.beadMm = d.beadMm
    if (d.lowStockAt !== undefined) sku.lowStockAt = d.lowStockAt
    return sku
  })
}

async function assertCategory(categoryId: string): Promise<void> {
  const { data } = await db().collection<Category>('categories').doc(categoryId).get()
  if (!data) throw new AppError('INVALID_INPUT', 'error.product.unknownCategory', { categoryId }, { categoryId })
}

/**
 * Creates (no id) or edits a product. An edit is conditional on `version`, the product version its form
 * loaded: every sale, put-back, restock, adjustment and edit moves it, so a form loaded before any of
 * them answers CONFLICT instead of writing what it saw. The write itself is conditional on the same
 * version, so nothing can land between this read and the write either.
 */
export async function saveProduct(id: string | undefined, draft: Draft, actor: Actor, version?: number): Promise<ProductSaveOutput> {
  // refused before anything is read or written; warnings travel back with the saved product
  const warnings = guardListing(draft)
  await assertCategory(draft.categoryId)
  const products = db().collection<Product>('products')
  const _ = db().command
  const before = id ? (await products.doc(id).get()).data : null
  if (id && !before) throw notFound('product', id)
  if (before && version === undefined) {
    throw new AppError('INVALID_INPUT', 'error.input.versionRequired', {}, [{ path: 'version', message: 'error.input.versionRequired' }])
  }
  if (before && versionOf(before) !== version) throw changedMeanwhile('product', { version: versionOf(before) })
  const skus = mergeSkus(draft.skus, before?.skus ?? [], before ? 'edit' : 'create')
  if (before && draft.unique && (skus.length !== 1 || skus[0].stock > 1)) {
    throw new AppError('INVALID_INPUT', 'error.input.uniqueOneSku', {}, [{ path: 'draft.unique', message: 'error.input.uniqueOneSku' }])
  }
  const fields = {
    title: draft.title,
    subtitle: draft.subtitle ?? '',
    description: draft.description,
    categoryId: draft.categoryId,
    tags: draft.tags,
    media: stripUndefined(draft.media),
    attrs: stripUndefined(draft.attrs),
    skus,
    ...skuTotals(skus),
    unique: draft.unique,
    updatedAt: actor.now,
  }
  let saved: Product
  if (before) {
    // _.set replaces nested objects whole, so a removed certificate or video really disappears.
    // A product stored before versions existed has none (read as 0) until its first write.
    const seen = versionOf(before) === 0 ? _.exists(false) : versionOf(before)
    const { stats } = await products
      .where({ _id: before._id, version: seen })
      .update({ data: { ...fields, media: _.set(fields.media), attrs: _.set(fields.attrs), skus: _.set(skus), version: _.inc(1) } })
    if (stats.updated === 0) throw changedMeanwhile('product')
    saved = { ...before, ...fields, version: versionOf(before) + 1 } as Product
  } else {
    const newId = `p-${shortId()}`
    const doc = { ...fields, status: 'on' as const, createdAt: actor.now, version: 1 }
    saved = { _id: newId, ...doc } as Product
    // The product and the ledger entries of its initial stock, together.
    const entries = initialEntries(saved, actor.by, actor.now)
    await db().runTransaction(async (t) => {
      await t.collection(COLLECTION.products).doc(newId).set({ data: doc })
      await writeInitialEntries(t, entries)
    })
    await queueNewArrival(newId, actor.now)
  }
  await audit({
    actor: actor.by,
    at: actor.now,
    action: before ? 'products.update' : 'products.create',
    targetId: saved._id,
    summary: diffSummary(before as unknown as Record<string, unknown> | null, saved as unknown as Record<string, unknown>, AUDITED_FIELDS),
  })
  await bumpCatalogVersion(actor.now)
  return { ...saved, warnings }
}

export async function setProductStatus(id: string, status: 'on' | 'off', actor: Actor): Promise<Product> {
  const products = db().collection<Product>('products')
  const { data: before } = await products.doc(id).get()
  if (!before) throw notFound('product', id)
  if (before.status !== status) {
    await products.doc(id).update({ data: { status, updatedAt: actor.now, version: db().command.inc(1) } })
    await audit({ actor: actor.by, at: actor.now, action: 'products.setStatus', targetId: id, summary: `status: ${before.status} → ${status}` })
    if (status === 'on') await queueNewArrival(id, actor.now)
    await bumpCatalogVersion(actor.now)
  }
  return before.status !== status ? { ...before, status, updatedAt: actor.now, version: versionOf(before) + 1 } : before
}

export async function saveCategory(input: CategoryDraft, actor: Actor): Promise<Category> {
  const categories = db().collection<Category>('categories')
  const before = input.id ? (await categories.doc(input.id).get()).data : null
  if (input.id && !before) throw notFound('category', input.id)
  const fields = { name: input.name, nameEn: input.nameEn, icon: input.icon, sort: input.sort }
  const id = input.id ?? `c-${shortId()}`
  if (before) await categories.doc(id).update({ data: fields })
  else await categories.add({ data: { _id: id, ...fields } })
  const saved = { _id: id, ...fields }
  await audit({
    actor: actor.by,
    at: actor.now,
    action: before ? 'categories.update' : 'categories.create',
    targetId: id,
    summary: diffSummary(before as unknown as Record<string, unknown> | null, saved, ['name', 'nameEn', 'icon', 'sort']),
  })
  await bumpCatalogVersion(actor.now)
  return saved
}

/** A category that still holds products cannot go: the products would vanish from every list. */
export async function removeCategory(id: string, actor: Actor): Promise<{ removed: true }> {
  const { data } = await db().collection<Category>('categories').doc(id).get()
  if (!data) throw notFound('category', id)
  const { total } = await db().collection<Product>('products').where({ categoryId: id }).count()
  if (total > 0) throw new AppError('CONFLICT', 'error.category.notEmpty', { total }, { total })
  await db().collection('categories').doc(id).remove()
  await audit({ actor: actor.by, at: actor.now, action: 'categories.remove', targetId: id, summary: `removed ${data.name}` })
  await bumpCatalogVersion(actor.now)
  return { removed: true }
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T
}

export type { ProductDraft, CategorySaveInput }
