/**
 * Translations of the keys the server sends (errors, log reasons, price lines). One file per area so
 * each area's keys stay together; a unit test checks every key used in cloudfunctions/ is here in both
 * languages.
 */
import { enAddress, zhAddress } from './address'
import { enCommon, zhCommon } from './common'
import { enOrder, zhOrder } from './order'
import { enPromotion, zhPromotion } from './promotion'
import { enShop, zhShop } from './shop'
import { enStaff, zhStaff } from './staff'
import { enStock, zhStock } from './stock'
import { enMember, zhMember } from './member'
import { enSearch, zhSearch } from './search'
import { enSpecials, zhSpecials } from './specials'
import { enLogistics, zhLogistics } from './logistics'
import { enService, zhService } from './service'
import { enCampaign, zhCampaign } from './campaign'
import { enDiy, zhDiy } from './diy'
import { enCrystal, zhCrystal } from './crystal'
import { enReminders, zhReminders } from './reminders'
import { enConsole, zhConsole } from './console'
import { enTabPages, zhTabPages } from './tab-pages'

export const zhServer: Record<string, string> = { ...zhTabPages, ...zhAddress, ...zhCommon, ...zhOrder, ...zhPromotion, ...zhShop, ...zhStaff, ...zhStock, ...zhMember, ...zhSearch, ...zhSpecials, ...zhLogistics, ...zhService, ...zhCampaign, ...zhDiy, ...zhCrystal, ...zhReminders, ...zhConsole }
export const enServer: Record<string, string> = { ...enTabPages, ...enAddress, ...enCommon, ...enOrder, ...enPromotion, ...enShop, ...enStaff, ...enStock, ...enMember, ...enSearch, ...enSpecials, ...enLogistics, ...enService, ...enCampaign, ...enDiy, ...enCrystal, ...enReminders, ...enConsole }
