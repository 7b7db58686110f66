import { defineAction } from '../../core/action'
import { DiyCatalogInput } from '../../contracts/diy'
import { buyerOf } from '../../services/order/buyer'
import { diyCatalog } from '../../services/diy/diy-catalog.service'

export const diyCatalogAction = defineAction({
  name: 'diy.catalog',
  role: 'shopper',
  summary: 'DIY 手串 builder: components on sale with stock, the rules, and the saved wrist size',
  input: DiyCatalogInput,
  handler: (_input, ctx) => diyCatalog(buyerOf(ctx)),
})
