/**
 * Order export to cloud storage, one batch per call so a long range never runs into the function's
 * time limit and the page can show progress. Each call reads the next EXPORT_BATCH orders paid in the
 * range (by paidAt, then _id, from the cursor), shapes their rows (domain/console/csv.ts) and stores them
 * as one chunk document; the call that reads a short batch joins the chunks (header first), uploads
 * the file and answers its file id and a temporary link. A repeated batch (a retry after a lost reply)
 * overwrites its own chunk: chunk ids are a hash of (staff openid, export id, batch number).
 *
 * Cost: first call 1 count + per batch 1 read + 1 write; the last adds ⌈chunks/100⌉ reads and one remove,
 * plus the upload and the link (storage, not database). 10 000 orders = 50 calls.
 */
import type { ExportOrdersOutput } from '../../contracts/console'
import { csvHeader, ordersCsv, type CsvLocale, type CsvOrder } from '../../domain/console/csv'
import { dayRange } from '../../domain/console/periods'
import { AppError } from '../../core/errors'
import { db } from '../../platform/cloud'
import { tempFileUrl, uploadFile } from '../../platform/storage'
import { COLLECTION } from '../../schema/collections'
import { recordKey } from '../record-key'

export const EXPORT_BATCH = 200
/** 1000 batches of 200: the cursor's `seq` cap. */
const MAX_BATCHES = 1000
const LINK_MAX_AGE_SEC = 2 * 3600

interface Chunk {
  _id: string
  exportId: string
  openid: string
  seq: number
  text: string
  rows: number
  orders: number
  paid: number
  lastAt: number
  createdAt: number
}

export interface ExportRequest {
  exportId: string
  fromDay: string
  toDay: string
  locale: CsvLocale
  cursor: { at: number; ids: string[]; seq: number } | null
}

const EXPORT_FIELDS = { orderNo: true, paidAt: true, state: true, address: true, items: true }

export async function exportOrdersBatch(req: ExportRequest, openid: string, now: number): Promise<ExportOrdersOutput> {
  const range = dayRange(req.fromDay, req.toDay)
  if (!range) throw new AppError('INVALID_INPUT', 'error.console.dayRange', { from: req.fromDay, to: req.toDay })
  if (range.to - range.from > 366 * 86_400_000) throw new AppError('INVALID_INPUT', 'error.console.rangeTooLong', { days: 366 })
  const _ = db().command
  const orders = db().collection(COLLECTION.orders)
  const chunks = db().collection<Chunk>(COLLECTION.export_chunks)
  const cursor = req.cursor ?? { at: range.from, ids: [], seq: 0 }
  if (cursor.at < range.from || cursor.at >= range.to) throw new AppError('INVALID_INPUT', 'error.console.exportCursor')
  const seen = new Set(cursor.ids)

  const [batch, counted] = await Promise.all([
    orders
      .where({ paidAt: _.gte(cursor.at).and(_.lt(range.to)) })
      .orderBy('paidAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(EXPORT_BATCH + seen.size)
      .field(EXPORT_FIELDS)
      .get(),
    req.cursor ? Promise.resolve(null) : orders.where({ paidAt: _.gte(range.from).and(_.lt(range.to)) }).count(),
  ])
  const fresh = (batch.data as unknown as (CsvOrder & { _id: string; paidAt: number })[]).filter((o) => !seen.has(o._id)).slice(0, EXPORT_BATCH)
  const done = fresh.length < EXPORT_BATCH || cursor.seq + 1 >= MAX_BATCHES

  const paid = fresh.reduce((n, o) => n + o.items.reduce((m, i) => m + i.paidShare, 0), 0)
  const rows = fresh.reduce((n, o) => n + o.items.length, 0)
  const lastAt = fresh.length ? fresh[fresh.length - 1].paidAt : cursor.at
  const chunk: Omit<Chunk, '_id'> = { exportId: req.exportId, openid, seq: cursor.seq, text: ordersCsv(fresh, req.locale), rows, orders: fresh.length, paid, lastAt, createdAt: now }
  await chunks.doc(recordKey('xc', openid, req.exportId, String(cursor.seq))).set({ data: chunk })

  const nextIds = [...(lastAt === cursor.at ? cursor.ids : []), ...fresh.filter((o) => o.paidAt === lastAt).map((o) => o._id)]
  const next = { at: lastAt, ids: nextIds.slice(-600), seq: cursor.seq + 1 }
  const exportedBefore = cursor.seq * EXPORT_BATCH
  const total = counted?.total ?? -1
  if (!done) return { total, exported: exportedBefore + fresh.length, cursor: next, done: false, file: null }

  const all: Chunk[] = []
  for (let skip = 0; skip <= cursor.seq; skip += 100) {
    const { data } = await chunks.where({ exportId: req.exportId, openid }).orderBy('seq', 'asc').skip(skip).limit(100).get()
    all.push(...data)
    if (data.length < 100) break
  }
  const parts = all.filter((c) => c.seq <= cursor.seq)
  const text = csvHeader(req.locale) + parts.map((c) => c.text).join('')
  const fileName = `orders-${req.fromDay}-${req.toDay}-${req.exportId}.csv`
  const fileId = await uploadFile(`exports/${fileName}`, Buffer.from(text, 'utf8'))
  const url = await tempFileUrl(fileId, LINK_MAX_AGE_SEC)
  // The rows hold recipients' names and phones: gone from the database once the file exists.
  await chunks.where({ exportId: req.exportId, openid }).remove()
  const sum = (k: 'rows' | 'orders' | 'paid') => parts.reduce((n, c) => n + c[k], 0)
  return {
    total,
    exported: sum('orders'),
    cursor: null,
    done: true,
    file: { fileId, url, fileName, rows: sum('rows'), orders: sum('orders'), paidTotal: sum('paid') },
  }
}

