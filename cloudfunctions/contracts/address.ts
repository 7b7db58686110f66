import { z } from 'zod'
import { ADDRESS_TAGS, PHONE_PATTERN, POSTCODE_PATTERN, type AddressTag } from '../domain/address/fields'
import { Id } from './common'

export interface Address {
  _id: string
  /** Recipient name. */
  name: string
  /** Mainland mobile (11 digits, 1[3-9]…) or a landline with area code. */
  phone: string
  /**
   * Names from the shop's region dataset (@vant/area-data), checked on save (services/address-regions.ts).
   * Addresses saved before that check may hold free text; they still load and can still be ordered to.
   */
  province: string
  city: string
  district: string
  /** Street, building, room. */
  detail: string
  /** 6 digits, or '' (absent on addresses saved before it existed). */
  postcode?: string
  /** A label the shopper gave it; the client shows 家 / 公司 (address.tag.*). */
  tag?: AddressTag | null
  isDefault: boolean
  updatedAt: number
}

export const ADDRESS_BOOK_MAX = 20

export { ADDRESS_TAGS, type AddressTag } from '../domain/address/fields'


const text = (max: number) => z.string().trim().min(1).max(max)

export const AddressFields = z.object({
  name: text(20),
  phone: z.string().trim().regex(PHONE_PATTERN, 'error.input.phone'),
  province: text(20),
  city: text(20),
  district: text(20),
  detail: text(120),
  /** '' clears it. */
  postcode: z.string().trim().regex(POSTCODE_PATTERN, 'error.input.postcode').default(''),
  /** null clears it. */
  tag: z.enum(ADDRESS_TAGS).nullable().default(null),
  isDefault: z.boolean().default(false),
})

export const AddressListInput = z.object({})
/** Default address first, then newest change first. */
export type AddressListOutput = Address[]

/**
 * Creates when `id` is absent, otherwise replaces that address. The first address becomes the default.
 * The region must exist in the dataset (short names such as 广东 / 深圳 are stored as 广东省 / 深圳市);
 * otherwise INVALID_INPUT with details [{ path: 'province' | 'city' | 'district', message: error.address.unknown* }].
 */
export const AddressSaveInput = AddressFields.extend({ id: Id.optional() })
export type AddressSaveInput = z.input<typeof AddressSaveInput>
export type AddressSaveOutput = Address

/** Removing the default promotes the newest remaining address. */
export const AddressRemoveInput = z.object({ id: Id })
export type AddressRemoveInput = z.input<typeof AddressRemoveInput>
export type AddressRemoveOutput = AddressListOutput

export const AddressSetDefaultInput = z.object({ id: Id })
export type AddressSetDefaultInput = z.input<typeof AddressSetDefaultInput>
export type AddressSetDefaultOutput = AddressListOutput

/** Served by the `shop` function, role shopper. */
export const ADDRESS_ACTIONS = {
  list: 'address.list',
  save: 'address.save',
  remove: 'address.remove',
  setDefault: 'address.setDefault',
} as const
