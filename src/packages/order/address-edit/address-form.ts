/**
 * The address form's fields and the checks a person can fix before sending (the server checks the
 * same rules — contracts/address.ts, services/address-regions.ts — and its INVALID_INPUT details are
 * mapped back onto the fields). Pure: the region dataset comes in as an argument. Runtime imports
 * from cloudfunctions/ are relative (not @cloud/*) so the unit tests resolve them without the alias.
 */
import type Taro from '@tarojs/taro'
import type { Address, AddressSaveInput, AddressTag } from '@cloud/contracts/address'
import { PHONE_PATTERN, POSTCODE_PATTERN, normalisePhone } from '../../../../cloudfunctions/domain/address/fields'
import type { RecognisedAddress } from '@cloud/domain/address/recognise'
import { resolveRegion, type Region, type RegionIndex } from '../../../../cloudfunctions/domain/address/region'
import type { ClientError } from '../../../api'

export interface AddressForm {
  name: string
  phone: string
  province: string
  city: string
  district: string
  detail: string
  postcode: string
  tag: AddressTag | null
  isDefault: boolean
}

/** What a problem can sit next to: the typed fields, and the region picker for province/city/district. */
export type AddressField = 'name' | 'phone' | 'region' | 'detail' | 'postcode'
export type TextField = Exclude<AddressField, 'region'>

export interface FieldProblem {
  key: string
  params?: Record<string, string>
}

/** Typed fields in form order (the region picker sits after phone); labels/hints are addressField.* / addressHint.*. */
export const TEXT_FIELDS: { key: TextField; max: number; optional?: boolean }[] = [
  { key: 'name', max: 20 },
  { key: 'phone', max: 20 },
  { key: 'detail', max: 120 },
  { key: 'postcode', max: 6, optional: true },
]

export function emptyAddressForm(): AddressForm {
  return { name: '', phone: '', province: '', city: '', district: '', detail: '', postcode: '', tag: null, isDefault: false }
}

export function formFromAddress(address: Address): AddressForm {
  const { name, phone, province, city, district, detail, isDefault } = address
  return { name, phone, province, city, district, detail, postcode: address.postcode ?? '', tag: address.tag ?? null, isDefault }
}

export function regionOf(form: AddressForm): Region {
  return { province: form.province, city: form.city, district: form.district }
}

export function regionText(region: Region): string {
  return [region.province, region.city, region.district].filter(Boolean).join(' ')
}

/** Field → what is wrong with it; empty when the form can be sent. */
export function addressFormProblems(form: AddressForm, regions: RegionIndex): Partial<Record<AddressField, FieldProblem>> {
  const problems: Partial<Record<AddressField, FieldProblem>> = {}
  for (const field of TEXT_FIELDS) {
    const value = form[field.key].trim()
    if (!value && !field.optional) problems[field.key] = { key: 'address.problem.required' }
    else if (value.length > field.max) problems[field.key] = { key: 'address.problem.tooLong' }
  }
  if (!problems.phone && !PHONE_PATTERN.test(normalisePhone(form.phone))) problems.phone = { key: 'error.input.phone' }
  if (!problems.postcode && !POSTCODE_PATTERN.test(form.postcode.trim())) problems.postcode = { key: 'error.input.postcode' }
  const region = regionOf(form)
  if (!region.province.trim() || !region.city.trim() || !region.district.trim()) problems.region = { key: 'address.problem.region' }
  else if (!resolveRegion(regions, region).ok) problems.region = { key: 'address.problem.regionUnknown', params: { region: regionText(region) } }
  return problems
}

export function toSaveInput(form: AddressForm, id?: string): AddressSaveInput {
  return {
    ...(id ? { id } : {}),
    name: form.name.trim(),
    phone: normalisePhone(form.phone),
    province: form.province.trim(),
    city: form.city.trim(),
    district: form.district.trim(),
    detail: form.detail.trim(),
    postcode: form.postcode.trim(),
    tag: form.tag,
    isDefault: form.isDefault,
  }
}

/** A picked or typed region in the dataset's names when it is there; as given otherwise (the form then says so). */
export function withRegion(form: AddressForm, region: Region, regions: RegionIndex): AddressForm {
  const found = resolveRegion(regions, region)
  return { ...form, ...(found.ok ? found.region : region) }
}

/**
 * The recogniser's findings over the form: only what it found replaces what is there, so pasting
 * just a phone number keeps the name already typed. Returns how much was found.
 */
export function applyRecognised(form: AddressForm, found: RecognisedAddress): { form: AddressForm; found: 'all' | 'some' | 'none' } {
  const got = [found.name, found.phone, found.province, found.district, found.detail].filter(Boolean).length
  // Only leftover words and no name, phone or region: nothing recognised, nothing changed.
  if (!found.name && !found.phone && !found.province) return { form, found: 'none' }
  const next = { ...form }
  for (const key of ['name', 'phone', 'detail', 'postcode'] as const) if (found[key]) next[key] = found[key]
  if (found.province) Object.assign(next, { province: found.province, city: found.city, district: found.district })
  return { form: next, found: got === 5 ? 'all' : 'some' }
}

/**
 * WeChat's address (Taro.chooseAddress: userName, telNumber, provinceName, cityName, countyName,
 * detailInfo, postalCode; docs/platform-facts.md §14) as a form. Region names are WeChat's; pass the
 * result through withRegion to map them onto the dataset.
 */
export function formFromWeChat(picked: Taro.chooseAddress.SuccessCallbackResult, base: AddressForm): AddressForm {
  return {
    ...base,
    name: (picked.userName ?? '').trim().slice(0, 20),
    phone: normalisePhone(picked.telNumber ?? ''),
    province: (picked.provinceName ?? '').trim(),
    city: (picked.cityName ?? '').trim(),
    district: (picked.countyName ?? '').trim(),
    detail: (picked.detailInfo ?? '').trim().slice(0, 120),
    postcode: /^\d{6}$/.test(picked.postalCode ?? '') ? (picked.postalCode as string) : base.postcode,
  }
}

const REGION_PATHS = new Set(['province', 'city', 'district'])

/** The server's INVALID_INPUT details ([{path, message}]) as field problems, so they show by the field. */
export function problemsFromServer(error: ClientError): Partial<Record<AddressField, FieldProblem>> {
  if (error.code !== 'INVALID_INPUT' || !Array.isArray(error.details)) return {}
  const problems: Partial<Record<AddressField, FieldProblem>> = {}
  for (const issue of error.details as { path?: unknown; message?: unknown }[]) {
    if (typeof issue.message !== 'string' || typeof issue.path !== 'string') continue
    if (REGION_PATHS.has(issue.path)) problems.region = { key: issue.message }
    else if (TEXT_FIELDS.some((f) => f.key === issue.path)) problems[issue.path as TextField] = { key: issue.message }
  }
  return problems
}
