/**
 * Translations of the keys the server sends (errors, log reasons, price lines). One file per area so
 * each area's keys stay together; a unit test checks every key used in cloudfunctions/ is here in both
 * languages.
 */
import { enAddress, zhAddress } from './address'
import { enCommon, zhCommon } from './common'
import { enOrder, zhOrder } from './order'
import { enShop, zhShop } from './shop'
import { enStaff, zhStaff } from './staff'
import { enStock, zhStock } from './stock'
import { enMember, zhMember } from './member'

export const zhServer: Record<string, string> = { ...zhCommon, ...zhOrder, ...zhShop, ...zhStaff, ...zhStock, ...zhMember }
export const enServer: Record<string, string> = { ...enCommon, ...enOrder, ...enShop, ...enStaff, ...enStock, ...enMember }
import { enSearch, zhSearch } from './search'

export const zhServer: Record<string, string> = { ...zhCommon, ...zhOrder, ...zhShop, ...zhStaff, ...zhStock, ...zhSearch }
export const enServer: Record<string, string> = { ...enCommon, ...enOrder, ...enShop, ...enStaff, ...enStock, ...enSearch }
export const zhServer: Record<string, string> = { ...zhCommon, ...zhOrder, ...zhShop, ...zhStaff, ...zhStock, ...zhAddress }
export const enServer: Record<string, string> = { ...enCommon, ...enOrder, ...enShop, ...enStaff, ...enStock, ...enAddress }
