/**
 * When a SKU counts as low on stock: at or below its own threshold (`lowStockAt` on the SKU) or, when
 * it has none, the shop's default. The dashboard's count and the low-stock reminder use this one rule.
 */
export const LOW_STOCK_DEFAULT = 3

export function isLowStock(stock: number, lowStockAt: number | null | undefined, defaultAt: number = LOW_STOCK_DEFAULT): boolean {
  return stock <= (lowStockAt ?? defaultAt)
}
