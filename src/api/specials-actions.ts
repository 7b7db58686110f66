/** 秒杀 / 拼团 actions as the app sees them (types only, from cloudfunctions/contracts/specials.ts). */
import type { z } from 'zod'
import type { Page } from '@cloud/contracts/common'
import type {
  FlashSaleAdmin,
  FlashSaleListInput,
  FlashSaleSaveInput,
  FlashSaleStatusInput,
  GroupGetInput,
  GroupOfferAdmin,
  GroupOfferListInput,
  GroupOfferSaveInput,
  GroupOfferStatusInput,
  GroupView,
  ProductSpecials,
  SpecialsForProductInput,
} from '@cloud/contracts/specials'
import type { Signature } from './signature'

export type ShopSpecialsActions = {
  'specials.forProduct': Signature<z.input<typeof SpecialsForProductInput>, ProductSpecials>
  'groups.get': Signature<z.input<typeof GroupGetInput>, GroupView>
}

export type AdminSpecialsActions = {
  'flashSales.save': Signature<FlashSaleSaveInput, FlashSaleAdmin>
  'flashSales.setStatus': Signature<z.input<typeof FlashSaleStatusInput>, FlashSaleAdmin>
  'flashSales.list': Signature<z.input<typeof FlashSaleListInput>, Page<FlashSaleAdmin>>
  'groupOffers.save': Signature<GroupOfferSaveInput, GroupOfferAdmin>
  'groupOffers.setStatus': Signature<z.input<typeof GroupOfferStatusInput>, GroupOfferAdmin>
  'groupOffers.list': Signature<z.input<typeof GroupOfferListInput>, Page<GroupOfferAdmin>>
}
