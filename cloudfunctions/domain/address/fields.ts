/**
 * Shapes of an address's phone and postcode, shared by the server's contract (contracts/address.ts)
 * and the address form, so both say no to the same things.
 */

/** Labels a shopper may give an address; the client shows 家 / 公司 (address.tag.*). */
export const ADDRESS_TAGS = ['home', 'company'] as const
export type AddressTag = (typeof ADDRESS_TAGS)[number]

/** Mainland mobile 1[3-9] + 9 digits, or a landline: area code 0xx / 0xxx, optional dash, 7–8 digits. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

/** 6 digits, or nothing. */
export const POSTCODE_PATTERN = /^(\d{6})?$/

/**
 * What a person typed as a phone, in the stored shape: spaces, dashes, dots and a +86 / 0086 / 86-
 * prefix go from a mobile; a landline keeps one dash after its area code.
 */
export function normalisePhone(typed: string): string {
  const trimmed = typed.trim()
  const digits = trimmed.replace(/[\s\-.()（）+]/g, '')
  if (!/^\d+$/.test(digits)) return trimmed
  const mobile = /^(?:86|0086)?(1[3-9]\d{9})$/.exec(digits)
  if (mobile) return mobile[1]
  if (/^0\d{9,11}$/.test(digits)) {
    // The area code as typed ("0755-…", "(010) …"), else by rule: 010 and 02x have 3 digits, the rest 4.
    const typedArea = /^[(（]?(0\d{2,3})[)）\s\-.]/.exec(trimmed)?.[1]
    const area = typedArea ?? digits.slice(0, /^0[12]/.test(digits) ? 3 : 4)
    const local = digits.slice(area.length)
    if (local.length >= 7 && local.length <= 8) return `${area}-${local}`
  }
  return trimmed
}
