import { defineAction } from '../../core/action'
import { DiyQuoteInput } from '../../contracts/diy'
import { buyerOf } from '../../services/order/buyer'
import { diyQuote } from '../../services/diy/diy-checkout'

export const diyQuoteAction = defineAction({
  name: 'diy.quote',
  role: 'shopper',
  summary: 'Checks a DIY design (rules, fit, stock per component) and prices it as one line with the promotions engine',
  input: DiyQuoteInput,
  handler: (input, ctx) => diyQuote(buyerOf(ctx), input.design, ctx.now()),
})
