/**
 * Hand-off between the address book (opened with pick=1) and the checkout page underneath it: the
 * book leaves the chosen id here and navigates back; checkout takes it on its next show. A module
 * variable is enough because both pages live in the same subpackage and JS context.
 */
import type { AddressForm } from '../address-edit/address-form'

let picked: string | null = null

export function leavePickedAddress(addressId: string): void {
  picked = addressId
}

/** Returns the id left by the address book once, then forgets it. */
export function takePickedAddress(): string | null {
  const id = picked
  picked = null
  return id
}

/**
 * An address to start the edit page from (checkout's WeChat address when the server could not take
 * it as it was, e.g. a region named otherwise): the edit page takes it once when it opens for a new
 * address, and the shopper fixes and saves it.
 */
let draft: AddressForm | null = null

export function leaveDraftAddress(form: AddressForm): void {
  draft = form
}

export function takeDraftAddress(): AddressForm | null {
  const form = draft
  draft = null
  return form
}
