import { SHOP_ACTIONS } from '../actions/shop.actions'
import { createActionEntry } from '../platform/entry'

export const main = createActionEntry(SHOP_ACTIONS)
