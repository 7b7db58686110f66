/**
 * Hand-off between the address book (opened with pick=1) and the checkout page underneath it: the
 * book leaves the chosen id here and navigates back; checkout takes it on its next show. A module
 * variable is enough because both pages live in the same subpackage and JS context.
 */
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
