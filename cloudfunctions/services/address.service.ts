/** A buyer's address book. Exactly one default whenever the book is not empty. */
import { randomBytes } from 'node:crypto'
import { ADDRESS_BOOK_MAX, type Address, type AddressSaveInput } from '../contracts/address'
import { AppError, notFound } from '../core/errors'
import { db } from '../platform/cloud'
import { COLLECTION } from '../schema/collections'
import { canonicalRegion } from './address-regions'

type AddressRecord = Address & { openid: string }
type AddressFields = Omit<Required<AddressSaveInput>, 'id'>

const addresses = () => db().collection<AddressRecord>(COLLECTION.addresses)

function publicAddress(r: AddressRecord): Address {
  const { openid: _openid, ...rest } = r
  return rest
}

export async function listAddresses(openid: string): Promise<Address[]> {
  const { data } = await addresses().where({ openid }).orderBy('updatedAt', 'desc').limit(ADDRESS_BOOK_MAX).get()
  return data.sort((a, b) => Number(b.isDefault) - Number(a.isDefault)).map(publicAddress)
}

export async function getOwnAddress(openid: string, id: string): Promise<Address> {
  const { data } = await addresses().doc(id).get()
  if (!data || data.openid !== openid) throw notFound('address', id)
  return publicAddress(data)
}

async function clearOtherDefaults(openid: string, keepId: string): Promise<void> {
  const _ = db().command
  await addresses().where({ openid, isDefault: true, _id: _.neq(keepId) }).update({ data: { isDefault: false } })
}

export async function saveAddress(openid: string, input: AddressFields & { id?: string }, now: number): Promise<Address> {
  const { id, ...typed } = input
  // Before any read: a region that does not exist changes nothing and costs no round trip.
  const fields = { ...typed, ...canonicalRegion(typed) }
  const book = await listAddresses(openid)
  if (id) {
    const current = book.find((a) => a._id === id)
    if (!current) throw notFound('address', id)
    // The only default cannot be un-defaulted by editing it; pick another default instead.
    const isDefault = fields.isDefault || current.isDefault
    await addresses().where({ _id: id, openid }).update({ data: { ...fields, isDefault, updatedAt: now } })
    if (isDefault) await clearOtherDefaults(openid, id)
    return getOwnAddress(openid, id)
  }
  if (book.length >= ADDRESS_BOOK_MAX) {
    throw new AppError('CONFLICT', 'error.address.bookFull', { max: ADDRESS_BOOK_MAX })
  }
  const newId = 'a' + randomBytes(12).toString('hex')
  const isDefault = fields.isDefault || book.length === 0
  await addresses().doc(newId).set({ data: { ...fields, isDefault, openid, updatedAt: now } })
  if (isDefault) await clearOtherDefaults(openid, newId)
  return getOwnAddress(openid, newId)
}

export async function removeAddress(openid: string, id: string): Promise<Address[]> {
  const current = await getOwnAddress(openid, id)
  await addresses().where({ _id: id, openid }).remove()
  if (current.isDefault) {
    const [next] = await listAddresses(openid)
    if (next) await addresses().where({ _id: next._id, openid }).update({ data: { isDefault: true } })
  }
  return listAddresses(openid)
}

export async function setDefaultAddress(openid: string, id: string, now: number): Promise<Address[]> {
  await getOwnAddress(openid, id)
  await addresses().where({ _id: id, openid }).update({ data: { isDefault: true, updatedAt: now } })
  await clearOtherDefaults(openid, id)
  return listAddresses(openid)
}
