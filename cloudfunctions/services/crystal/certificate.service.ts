/**
 * 证书查询: a shopper types a certificate number and learns whether a piece sold here carries it, with
 * the lab, marks, photo and the lab's own verification address. One indexed read per lookup
 * (`products.attrs.certificateNo`); each caller gets a few lookups a minute per function instance, so
 * the page cannot be used to walk the number space.
 */
import type { CertificateLookupOutput } from '../../contracts/crystal'
import type { Product } from '../../contracts/catalog'
import { AppError } from '../../core/errors'
import { CERTIFICATE_NO, labInfo, normaliseCertificateNo } from '../../domain/crystal/certificates'
import { db } from '../../platform/cloud'
import { COLLECTION } from '../../schema/collections'

export const LOOKUPS_PER_MINUTE = 10
const WINDOW_MS = 60_000
const recent = new Map<string, number[]>()

/** Sliding-window bound per caller on this instance; old entries are dropped as the map is touched. */
export function takeLookup(caller: string, now: number): boolean {
  const kept = (recent.get(caller) ?? []).filter((t) => now - t < WINDOW_MS)
  if (kept.length >= LOOKUPS_PER_MINUTE) {
    recent.set(caller, kept)
    return false
  }
  kept.push(now)
  recent.set(caller, kept)
  if (recent.size > 10_000) for (const [k, ts] of recent) if (!ts.some((t) => now - t < WINDOW_MS)) recent.delete(k)
  return true
}

export async function lookupCertificate(raw: string, caller: string, now: number): Promise<CertificateLookupOutput> {
  const number = normaliseCertificateNo(raw)
  if (!CERTIFICATE_NO.test(number)) throw new AppError('INVALID_INPUT', 'error.crystal.certificateNoFormat', {}, [{ path: 'number', message: 'error.crystal.certificateNoFormat' }])
  if (!takeLookup(caller, now)) throw new AppError('CONFLICT', 'error.crystal.certificateTooMany', { perMinute: LOOKUPS_PER_MINUTE })
  const { data } = await db()
    .collection<Product>(COLLECTION.products)
    .where({ 'attrs.certificateNo': number })
    .limit(1)
    .field({ _id: true, title: true, media: true, attrs: true, priceFrom: true, stock: true, unique: true, status: true })
    .get()
  const p = data[0]
  if (!p) return { found: false, number }
  const lab = labInfo(p.attrs.certificateLab)
  return {
    found: true,
    certificate: { number, lab: lab?.lab ?? null, marks: p.attrs.certificateMarks ?? [], image: p.attrs.certificateImage ?? null, verifyUrl: lab?.verifyUrl ?? null },
    product: { _id: p._id, title: p.title, cover: p.media?.images?.[0] ?? '', material: p.attrs.material, priceFrom: p.priceFrom, stock: p.stock, unique: p.unique, status: p.status },
  }
}
