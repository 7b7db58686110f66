/**
 * Translations of the keys the server sends (errors, log reasons, price lines). One file per area so
 * each area's keys stay together; a unit test checks every key used in cloudfunctions/ is here in both
 * languages.
 */
import { enCommon, zhCommon } from './common'
import { enOrder, zhOrder } from './order'
import { enPromotion, zhPromotion } from './promotion'
import { enShop, zhShop } from './shop'
import { enStaff, zhStaff } from './staff'
import { enStock, zhStock } from './stock'

export const zhServer: Record<string, string> = { ...zhCommon, ...zhOrder, ...zhShop, ...zhStaff, ...zhStock, ...zhPromotion }
export const enServer: Record<string, string> = { ...enCommon, ...enOrder, ...enShop, ...enStaff, ...enStock, ...enPromotion }
