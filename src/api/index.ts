import { createCaller } from './caller'
import { sendToFunction } from './transport'

export type { ClientError, ClientResult } from './result'

/**
 * The app's only way to reach the back end: `callAction('shop', 'catalog.list', { page: 1 })`.
 * The transport is chosen per platform at build time (transport.weapp.ts / transport.h5.ts).
 */
export const callAction = createCaller(sendToFunction)
