import type { ClientError } from '../../../api'
import { describeError, translate, type Locale } from '../../../i18n/translate'

/** The item named by a SOLD_OUT error ({productId, skuId, title} in details), when the server named one. */
export function soldOutTitle(error: ClientError): string | null {
  if (error.code !== 'SOLD_OUT') return null
  const details = error.details as { title?: unknown } | undefined
  return details && typeof details.title === 'string' && details.title ? details.title : null
}

/**
 * What to tell a shopper whose order could not be placed, naming the item when one sold out, in the
 * shopper's language.
 */
export function describeCreateError(error: ClientError, locale: Locale): string {
  const say = (key: 'checkout.soldOut' | 'checkout.retrySafe', params: Record<string, string> = {}) => translate(locale, key, params)
  const serverMessage = describeError(locale, error)
  const title = soldOutTitle(error)
  if (title) return say('checkout.soldOut', { title })
  if (error.code === 'NETWORK') return `${serverMessage}${locale === 'en' ? '. ' : '。'}${say('checkout.retrySafe')}`
  return serverMessage
}
