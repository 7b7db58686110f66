import { defineAction } from '../../core/action'
import { CheckoutQuoteInput } from '../../contracts/checkout'
import { buyerOf } from '../../services/order/buyer'
import { checkoutQuote } from '../../services/order/checkout-quote'

export const checkoutQuoteAction = defineAction({
  name: 'checkout.quote',
  role: 'shopper',
  summary: 'Prices the selected cart lines or a buy-now item, line by line, with the pricing engine',
  input: CheckoutQuoteInput,
  handler: (input, ctx) =>
    checkoutQuote(buyerOf(ctx), input.source, ctx.now(), { couponChoice: input.couponId === undefined ? 'best' : input.couponId, usePoints: input.usePoints ?? 0 }),
})
