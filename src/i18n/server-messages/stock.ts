/**
 * Server keys of merchant stock: adjustments (products.adjustStock), the stock ledger's reasons, and
 * the product edit that no longer writes stock.
 */
export const zhStock = {
  'error.input.versionRequired': '编辑商品需要带上加载时的版本号，请刷新后重试',
  'error.input.requestId': '请求编号格式不正确',
  'error.input.stockDeltaZero': '调整数量不能为 0',
  'error.product.newSkuStock': '新规格「{sku}」库存从 0 开始，保存后请用「调整库存」入库',
  'error.stock.belowZero': '当前库存 {stock}，减少 {delta} 后会低于 0',
  'error.stock.seenChanged': '库存已从 {seen} 变为 {stock}（期间有成交或调整），请确认后重试',
  'error.stock.uniqueAboveOne': '孤品只有一件：已售出 {held} 件，库存调整后为 {after}，合计不能超过 1',
  'error.stock.aboveMax': '库存不能超过 100000（调整后为 {after}）',
  'error.stock.requestReused': '请求编号已用于另一笔库存调整',
  'stock.reason.recount': '盘点',
  'stock.reason.damaged': '损坏',
  'stock.reason.restock': '补货',
  'stock.reason.correction': '更正',
  'stock.reason.initial': '初始库存',
  'error.points.insufficient': '积分不足，无法抵扣 {points} 积分',
} as const

export const enStock: Record<keyof typeof zhStock, string> = {
  'error.input.versionRequired': 'Editing a product needs the version it was loaded at; reload and retry',
  'error.input.requestId': 'Malformed request id',
  'error.input.stockDeltaZero': 'The adjustment cannot be 0',
  'error.product.newSkuStock': 'New SKU "{sku}" starts at 0 stock; after saving, use Adjust stock',
  'error.stock.belowZero': 'Stock is {stock}; taking away {delta} would go below 0',
  'error.stock.seenChanged': 'Stock changed from {seen} to {stock} meanwhile (a sale or an adjustment); check and retry',
  'error.stock.uniqueAboveOne': 'A unique piece exists once: {held} sold, and this would leave {after} in stock; together at most 1',
  'error.stock.aboveMax': 'Stock cannot exceed 100000 (this would make {after})',
  'error.stock.requestReused': 'This request id was already used for another stock adjustment',
  'stock.reason.recount': 'Recount',
  'stock.reason.damaged': 'Damaged',
  'stock.reason.restock': 'Restock',
  'stock.reason.correction': 'Correction',
  'stock.reason.initial': 'Initial stock',
  'error.points.insufficient': 'Not enough points to redeem {points}',
}
