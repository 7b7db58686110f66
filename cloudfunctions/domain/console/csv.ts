/**
 * The order export as CSV: RFC 4180 (fields quoted when they hold a comma, quote, CR or LF; quotes
 * doubled; CRLF line ends), UTF-8 with a byte-order mark so Excel opens Chinese text correctly, one row
 * per order line, amounts in yuan with two decimals and no grouping (money.ts), times in Beijing time
 * (time.ts). A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
 * leading apostrophe: recipient names and product titles are typed by people.
 *
 * `paid` is the line's share of what the buyer paid (discounts and shipping spread by amount, see
 * OrderItem.paidShare): the lines of an order add up to its payable, so the column's sum over a range is
 * the dashboard's paid sales for that range.
 */
import { fenToYuanPlain } from '../money'
import { shanghaiDateTime } from '../time'

export const CSV_BOM = '\uFEFF'
export const CSV_EOL = '\r\n'

export type CsvLocale = 'zh' | 'en'

export const CSV_COLUMNS = ['orderNo', 'paidAt', 'state', 'recipient', 'phone', 'region', 'product', 'sku', 'unitPrice', 'quantity', 'subtotal', 'discount', 'paid', 'refunded'] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]

const HEADERS: Record<CsvLocale, Record<CsvColumn, string>> = {
  zh: {
    orderNo: '订单号',
    paidAt: '支付时间',
    state: '状态',
    recipient: '收货人',
    phone: '电话',
    region: '地区',
    product: '商品',
    sku: '规格',
    unitPrice: '单价(元)',
    quantity: '数量',
    subtotal: '小计(元)',
    discount: '优惠(元)',
    paid: '实付(元)',
    refunded: '已退款(元)',
  },
  en: {
    orderNo: 'Order no.',
    paidAt: 'Paid at',
    state: 'State',
    recipient: 'Recipient',
    phone: 'Phone',
    region: 'Region',
    product: 'Product',
    sku: 'SKU',
    unitPrice: 'Unit price (CNY)',
    quantity: 'Quantity',
    subtotal: 'Subtotal (CNY)',
    discount: 'Discount (CNY)',
    paid: 'Paid (CNY)',
    refunded: 'Refunded (CNY)',
  },
}

const STATES: Record<CsvLocale, Record<string, string>> = {
  zh: { pending_payment: '待付款', paid: '待发货', shipped: '已发货', delivered: '已签收', completed: '已完成', cancelled: '已取消', after_sale: '售后中', refunded: '已退款', closed: '已关闭' },
  en: { pending_payment: 'Unpaid', paid: 'To ship', shipped: 'Shipped', delivered: 'Delivered', completed: 'Completed', cancelled: 'Cancelled', after_sale: 'After-sale', refunded: 'Refunded', closed: 'Closed' },
}

/** What the export reads of an order (a projection of the stored order). */
export interface CsvOrder {
  orderNo: string
  paidAt: number | null
  state: string
  address: { name: string; phone: string; province: string; city: string; district: string }
  items: { title: string; skuName: string; unitPrice: number; quantity: number; subtotal: number; paidShare: number; discountShare?: number; refundedAmount: number }[]
}

/** One RFC 4180 field. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** A person's text as a cell that no spreadsheet evaluates. */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvField).join(',') + CSV_EOL
}

export function csvHeader(locale: CsvLocale): string {
  return CSV_BOM + csvLine(CSV_COLUMNS.map((c) => HEADERS[locale][c]))
}

/** The rows of one order, one per line, in the column order of CSV_COLUMNS. */
export function orderRows(order: CsvOrder, locale: CsvLocale): string[][] {
  const a = order.address
  const region = [a.province, a.city, a.district].filter(Boolean).join(' ')
  return order.items.map((i) => [
    order.orderNo,
    order.paidAt === null ? '' : shanghaiDateTime(order.paidAt),
    STATES[locale][order.state] ?? order.state,
    safeText(a.name),
    safeText(a.phone),
    safeText(region),
    safeText(i.title),
    safeText(i.skuName),
    fenToYuanPlain(i.unitPrice),
    String(i.quantity),
    fenToYuanPlain(i.subtotal),
    fenToYuanPlain(i.discountShare ?? Math.max(0, i.subtotal - i.paidShare)),
    fenToYuanPlain(i.paidShare),
    fenToYuanPlain(i.refundedAmount),
  ])
}

export function ordersCsv(orders: readonly CsvOrder[], locale: CsvLocale): string {
  return orders.flatMap((o) => orderRows(o, locale)).map(csvLine).join('')
}
