import type { ClientError } from '../../../api'

/** The item named by a SOLD_OUT error ({productId, skuId, title} in details), when the server named one. */
export function soldOutTitle(error: ClientError): string | null {
  if (error.code !== 'SOLD_OUT') return null
  const details = error.details as { title?: unknown } | undefined
  return details && typeof details.title === 'string' && details.title ? details.title : null
}

/** What to tell a shopper whose order could not be placed, naming the item when one sold out. */
export function describeCreateError(error: ClientError): string {
  const title = soldOutTitle(error)
  if (title) return `「${title}」库存不足，已被其他顾客买走，请调整后再下单 / "${title}" sold out — adjust your order and try again`
  if (error.code === 'SOLD_OUT') return error.message
  if (error.code === 'NETWORK') return `${error.message}。重试不会重复下单 / retrying will not place a second order`
  return error.message
}
