import { defineAction } from '../../core/action'
import { StockLedgerInput } from '../../contracts/stock'
import { listLedger } from '../../services/stock-ledger.service'

export const productsStockLedger = defineAction({
  name: 'products.stockLedger',
  role: 'staff',
  permission: 'catalog.read',
  summary: "A product's stock moves by the merchant (optionally one SKU), newest first, with actor, reason, before and after",
  input: StockLedgerInput,
  handler: (input) => listLedger(input),
})
