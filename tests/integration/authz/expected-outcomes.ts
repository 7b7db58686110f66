/**
 * The declared outcome of every (required role × caller) pair, written out by hand as the oracle the
 * generated matrix checks against: an independent statement of the rules, not a call to roleAllows.
 */
import type { Role } from '../../../cloudfunctions/core/roles'
import type { CallerName } from '../../kit/identities'

export type Expected = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN'

const HUMANS_ALLOWED_PLATFORM_REFUSED = {
  anonymous: 'allowed',
  shopperA: 'allowed',
  shopperB: 'allowed',
  staff: 'allowed',
  owner: 'allowed',
  forgedSystem: 'allowed',
  platform: 'FORBIDDEN',
} as const

export const EXPECTED: Record<Role, Record<CallerName, Expected>> = {
  // Browsing needs no sign-in; WeChat's own timers and callbacks have no business here.
  anyone: HUMANS_ALLOWED_PLATFORM_REFUSED,
  shopper: { ...HUMANS_ALLOWED_PLATFORM_REFUSED, anonymous: 'UNAUTHENTICATED' },
  staff: {
    anonymous: 'UNAUTHENTICATED',
    shopperA: 'FORBIDDEN',
    shopperB: 'FORBIDDEN',
    staff: 'allowed',
    owner: 'allowed',
    forgedSystem: 'FORBIDDEN',
    platform: 'FORBIDDEN',
  },
  owner: {
    anonymous: 'UNAUTHENTICATED',
    shopperA: 'FORBIDDEN',
    shopperB: 'FORBIDDEN',
    staff: 'FORBIDDEN',
    owner: 'allowed',
    forgedSystem: 'FORBIDDEN',
    platform: 'FORBIDDEN',
  },
  // Only WeChat itself; a client (signed in or not, staff or not) is refused outright.
  system: {
    anonymous: 'FORBIDDEN',
    shopperA: 'FORBIDDEN',
    shopperB: 'FORBIDDEN',
    staff: 'FORBIDDEN',
    owner: 'FORBIDDEN',
    forgedSystem: 'FORBIDDEN',
    platform: 'allowed',
  },
}

export const KNOWN_ROLES = Object.keys(EXPECTED) as Role[]

/** The dispatcher's refusal text; a handler's own FORBIDDEN (e.g. "not your order") is a business answer. */
export const ROLE_REFUSAL_MESSAGE = '无权执行此操作 / not allowed'
