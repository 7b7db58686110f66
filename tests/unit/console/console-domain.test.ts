import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CSV_BOM, CSV_COLUMNS, csvField, csvHeader, csvLine, orderRows, ordersCsv, safeText, type CsvOrder } from '../../../cloudfunctions/domain/console/csv'
import { averageOrderValue, bpText, emptyDay, figuresOf, periodFigures, refundRateBp } from '../../../cloudfunctions/domain/console/metrics'
import { DAY_MS, dayIndex, dayRange, dayStart, daysOf, lastDays, parseShanghaiDay, periodWindow } from '../../../cloudfunctions/domain/console/periods'
import { isLowStock, LOW_STOCK_DEFAULT } from '../../../cloudfunctions/domain/console/low-stock'
import { fenToYuanPlain, yuanTextToFen } from '../../../cloudfunctions/domain/money'
import { shanghaiDateTime, shanghaiDay, startOfShanghaiDay } from '../../../cloudfunctions/domain/time'
import { parseCsv } from '../../kit/csv-parse'

// 2026-03-01 00:00 Beijing = 2026-02-28 16:00 UTC.
const MARCH_1 = Date.UTC(2026, 1, 28, 16)

describe('periods in Beijing days', () => {
  it('today starts at Beijing midnight, not UTC midnight', () => {
    const lateEvening = MARCH_1 + 23.5 * 3_600_000 // 23:30 Beijing on 1 March (15:30 UTC)
    expect(periodWindow('today', lateEvening)).toEqual({ from: MARCH_1, to: MARCH_1 + DAY_MS })
    const justAfter = MARCH_1 + DAY_MS + 60_000 // 00:01 on 2 March is already the next day
    expect(periodWindow('today', justAfter).from).toBe(MARCH_1 + DAY_MS)
  })

  it('7 and 30 days end with today and hold that many whole days', () => {
    const now = MARCH_1 + 10 * 3_600_000
    expect(periodWindow('d7', now)).toEqual({ from: MARCH_1 - 6 * DAY_MS, to: MARCH_1 + DAY_MS })
    expect(lastDays(now, 30).to - lastDays(now, 30).from).toBe(30 * DAY_MS)
    const days = daysOf(now, 30)
    expect(days).toHaveLength(30)
    expect(days[29].day).toBe('2026-03-01')
    expect(days[0].day).toBe('2026-01-31')
  })

  it('dayIndex agrees with the Beijing calendar day for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), (ms) => {
        const i = dayIndex(ms)
        expect(dayStart(i)).toBe(startOfShanghaiDay(ms))
        expect(shanghaiDay(dayStart(i))).toBe(shanghaiDay(ms))
        expect(ms - dayStart(i)).toBeLessThan(DAY_MS)
      }),
    )
  })

  it('parses export days and refuses impossible or reversed ranges', () => {
    expect(parseShanghaiDay('2026-03-01')).toBe(MARCH_1)
    expect(parseShanghaiDay('2026-02-30')).toBeNull()
    expect(parseShanghaiDay('2026-3-1')).toBeNull()
    expect(dayRange('2026-03-01', '2026-03-01')).toEqual({ from: MARCH_1, to: MARCH_1 + DAY_MS })
    expect(dayRange('2026-03-02', '2026-03-01')).toBeNull()
  })
})

describe('figures', () => {
  it('average order value rounds half up to the fen, and is 0 without orders', () => {
    expect(averageOrderValue(1000, 3)).toBe(333)
    expect(averageOrderValue(1001, 2)).toBe(501) // 500.5 → 501
    expect(averageOrderValue(0, 0)).toBe(0)
  })

  it('refund rate is in basis points, 0 when nothing sold', () => {
    expect(refundRateBp(1234, 10_000)).toBe(1234)
    expect(refundRateBp(1, 3)).toBe(3333)
    expect(refundRateBp(500, 0)).toBe(0)
    expect(bpText(1234)).toBe('12.34%')
    expect(bpText(5)).toBe('0.05%')
  })

  it('periods sum exactly the days they cover', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ day: fc.integer({ min: 0, max: 40 }), sales: fc.nat(1e6), orders: fc.nat(50), refunds: fc.nat(1e5), refundCount: fc.nat(5), newMembers: fc.nat(9) })), (raw) => {
        const today = 40
        const byPeriod = periodFigures(raw, today)
        const sumOf = (from: number) => raw.filter((d) => d.day >= from && d.day <= today).reduce((n, d) => n + d.sales, 0)
        expect(byPeriod.today.sales).toBe(sumOf(40))
        expect(byPeriod.d7.sales).toBe(sumOf(34))
        expect(byPeriod.d30.sales).toBe(sumOf(11))
        expect(byPeriod.d30.sales).toBeGreaterThanOrEqual(byPeriod.d7.sales)
      }),
    )
    expect(figuresOf([emptyDay(3)], 0, 5)).toEqual({ sales: 0, orders: 0, aov: 0, refunds: 0, refundCount: 0, refundRateBp: 0, newMembers: 0 })
  })
})

describe('low stock rule', () => {
  it('uses the SKU threshold when set, else the default', () => {
    expect(isLowStock(LOW_STOCK_DEFAULT, undefined)).toBe(true)
    expect(isLowStock(LOW_STOCK_DEFAULT + 1, null)).toBe(false)
    expect(isLowStock(8, 10)).toBe(true)
    expect(isLowStock(1, 0)).toBe(false)
  })
})

const order = (over: Partial<CsvOrder> = {}): CsvOrder => ({
  orderNo: '20260301000000000001',
  paidAt: MARCH_1 + 3_600_000,
  state: 'paid',
  address: { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区' },
  items: [
    { title: '紫水晶手串', skuName: '8mm', unitPrice: 12_800, quantity: 2, subtotal: 25_600, paidShare: 24_000, discountShare: 1_600, refundedAmount: 0 },
    { title: '粉晶, "心形" 吊坠', skuName: '大\n号', unitPrice: 999, quantity: 1, subtotal: 999, paidShare: 1_000, refundedAmount: 0 },
  ],
  ...over,
})

describe('CSV rows', () => {
  it('starts with a BOM and a header naming every column, CRLF line ends', () => {
    const header = csvHeader('zh')
    expect(header.startsWith(CSV_BOM)).toBe(true)
    expect(header.endsWith('\r\n')).toBe(true)
    expect(parseCsv(header)[0]).toHaveLength(CSV_COLUMNS.length)
    expect(parseCsv(csvHeader('en'))[0][0]).toBe('Order no.')
  })

  it('one row per order line; Beijing time; yuan with two decimals and no grouping', () => {
    const rows = parseCsv(csvHeader('zh') + ordersCsv([order()], 'zh'))
    expect(rows).toHaveLength(3)
    const [first, second] = rows.slice(1)
    expect(first[CSV_COLUMNS.indexOf('paidAt')]).toBe('2026-03-01 01:00:00')
    expect(first[CSV_COLUMNS.indexOf('paid')]).toBe('240.00')
    expect(first[CSV_COLUMNS.indexOf('state')]).toBe('待发货')
    expect(second[CSV_COLUMNS.indexOf('product')]).toBe('粉晶, "心形" 吊坠')
    expect(second[CSV_COLUMNS.indexOf('sku')]).toBe('大\n号')
    expect(second[CSV_COLUMNS.indexOf('unitPrice')]).toBe('9.99')
    expect(fenToYuanPlain(123_456_789)).toBe('1234567.89')
  })

  it('a name that looks like a formula is not run by a spreadsheet', () => {
    expect(safeText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")')
    expect(safeText('+86 138')).toBe("'+86 138")
    expect(safeText('张三')).toBe('张三')
    const row = orderRows(order({ address: { name: '@evil', phone: '1', province: '', city: '', district: '' } }), 'en')[0]
    expect(row[CSV_COLUMNS.indexOf('recipient')]).toBe("'@evil")
  })

  it('any text round-trips through a standard parse, and amounts sum back to fen', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), (cells) => {
        expect(parseCsv(csvLine(cells))).toEqual([cells.map((c) => c)])
      }),
    )
    fc.assert(
      fc.property(fc.array(fc.nat(10_000_000), { minLength: 1, maxLength: 8 }), (shares) => {
        const o = order({ items: shares.map((s) => ({ title: 't', skuName: 's', unitPrice: s, quantity: 1, subtotal: s, paidShare: s, refundedAmount: 0 })) })
        const rows = parseCsv(ordersCsv([o], 'zh'))
        const paid = rows.reduce((n, r) => n + yuanTextToFen(r[CSV_COLUMNS.indexOf('paid')]), 0)
        expect(paid).toBe(shares.reduce((a, b) => a + b, 0))
      }),
    )
    expect(csvField('a"b')).toBe('"a""b"')
    expect(shanghaiDateTime(MARCH_1)).toBe('2026-03-01 00:00:00')
  })
})
