/** DIY 手串 actions as the app sees them (types only, from cloudfunctions/contracts/diy.ts). */
import type { z } from 'zod'
import type {
  DiyCatalog,
  DiyCatalogInput,
  DiyComponent,
  DiyComponentSaveInput,
  DiyQuote,
  DiyQuoteInput,
  DiyRules,
  DiyRulesSaveInput,
  DiyAdminListInput,
} from '@cloud/contracts/diy'
import type { Signature } from './signature'

export type ShopDiyActions = {
  'diy.catalog': Signature<z.input<typeof DiyCatalogInput>, DiyCatalog>
  'diy.quote': Signature<z.input<typeof DiyQuoteInput>, DiyQuote>
}

export type AdminDiyActions = {
  'diyAdmin.list': Signature<z.input<typeof DiyAdminListInput>, { components: DiyComponent[]; rules: DiyRules }>
  'diyAdmin.saveComponent': Signature<DiyComponentSaveInput, DiyComponent>
  'diyAdmin.saveRules': Signature<z.input<typeof DiyRulesSaveInput>, DiyRules>
}
