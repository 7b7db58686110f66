/**
 * The address form's fields and the checks a person can fix before sending (the server checks the
 * same rules — contracts/address.ts — and its INVALID_INPUT details are mapped back onto the fields).
 */
import type { Address, AddressSaveInput } from '@cloud/contracts/address'
import type { ClientError } from '../../../api'

export interface AddressForm {
  name: string
  phone: string
  province: string
  city: string
  district: string
  detail: string
  isDefault: boolean
}

export type AddressField = Exclude<keyof AddressForm, 'isDefault'>

/** Fields in form order with their length limits; labels and hints are addressField.* / addressHint.* in the dictionaries. */
export const ADDRESS_FIELDS: { key: AddressField; max: number }[] = [
  { key: 'name', max: 20 },
  { key: 'phone', max: 20 },
  { key: 'province', max: 20 },
  { key: 'city', max: 20 },
  { key: 'district', max: 20 },
  { key: 'detail', max: 120 },
]

export const PHONE_PATTERN = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/

export function emptyAddressForm(): AddressForm {
  return { name: '', phone: '', province: '', city: '', district: '', detail: '', isDefault: false }
}

export function formFromAddress(address: Address): AddressForm {
  const { name, phone, province, city, district, detail, isDefault } = address
  return { name, phone, province, city, district, detail, isDefault }
}

/** Field → what is wrong with it; empty when the form can be sent. */
export function addressFormProblems(form: AddressForm): Partial<Record<AddressField, string>> {
  const problems: Partial<Record<AddressField, string>> = {}
  for (const field of ADDRESS_FIELDS) {
    const value = form[field.key].trim()
    if (!value) problems[field.key] = 'address.problem.required'
    else if (value.length > field.max) problems[field.key] = 'address.problem.tooLong'
  }
  if (!problems.phone && !PHONE_PATTERN.test(form.phone.trim())) {
    problems.phone = 'error.input.phone'
  }
  return problems
}

export function toSaveInput(form: AddressForm, id?: string): AddressSaveInput {
  return {
    ...(id ? { id } : {}),
    name: form.name.trim(),
    phone: form.phone.trim(),
    province: form.province.trim(),
    city: form.city.trim(),
    district: form.district.trim(),
    detail: form.detail.trim(),
    isDefault: form.isDefault,
  }
}

/** The server's INVALID_INPUT details ([{path, message}]) as field problems, so they show by the field. */
export function problemsFromServer(error: ClientError): Partial<Record<AddressField, string>> {
  if (error.code !== 'INVALID_INPUT' || !Array.isArray(error.details)) return {}
  const problems: Partial<Record<AddressField, string>> = {}
  for (const issue of error.details as { path?: unknown; message?: unknown }[]) {
    const field = ADDRESS_FIELDS.find((f) => f.key === issue.path)
    if (field && typeof issue.message === 'string') problems[field.key] = issue.message
  }
  return problems
}
