import { z } from 'zod'
import { Id } from './common'

export interface Address {
  _id: string
  /** Recipient name. */
  name: string
  /** Mainland mobile (11 digits) or a landline with area code. */
  phone: string
  province: string
  city: string
  district: string
  /** Street, building, room. */
  detail: string
  isDefault: boolean
  updatedAt: number
}

export const ADDRESS_BOOK_MAX = 20

const text = (max: number) => z.string().trim().min(1).max(max)

export const AddressFields = z.object({
  name: text(20),
  phone: z.string().trim().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, 'error.input.phone'),
  province: text(20),
  city: text(20),
  district: text(20),
  detail: text(120),
  isDefault: z.boolean().default(false),
})

export const AddressListInput = z.object({})
/** Default address first, then newest change first. */
export type AddressListOutput = Address[]

/** Creates when `id` is absent, otherwise replaces that address. The first address becomes the default. */
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
