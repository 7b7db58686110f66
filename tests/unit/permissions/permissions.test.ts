/** The pure permission table (cloudfunctions/domain/permissions.ts) and the admin registry's use of it. */
import { describe, expect, it } from 'vitest'
import { ADMIN_ACTIONS } from '../../../cloudfunctions/actions/admin.actions'
import { SHOP_ACTIONS } from '../../../cloudfunctions/actions/shop.actions'
import { STAFF_ROLES } from '../../../cloudfunctions/contracts/common'
import { buildRegistry } from '../../../cloudfunctions/core/dispatch'
import {
  formatInviteCode,
  INVITE_ALPHABET,
  INVITE_LENGTH,
  inviteStatus,
  isPermission,
  normaliseInviteCode,
  PERMISSIONS,
  permissionsOf,
  ROLE_PERMISSIONS,
  roleHolds,
} from '../../../cloudfunctions/domain/permissions'

const holders = (p: (typeof PERMISSIONS)[number]) => STAFF_ROLES.filter((r) => roleHolds(r, p))

describe('permission table', () => {
  it('gives the owner every permission', () => {
    expect(permissionsOf('owner')).toEqual([...PERMISSIONS])
  })

  it('grants only known permissions, each once', () => {
    for (const role of STAFF_ROLES) {
      expect(ROLE_PERMISSIONS[role].every(isPermission), role).toBe(true)
      expect(new Set(ROLE_PERMISSIONS[role]).size, role).toBe(ROLE_PERMISSIONS[role].length)
    }
  })

  it('keeps staff management and payment-mismatch decisions with the owner alone', () => {
    expect(holders('staff.manage')).toEqual(['owner'])
    expect(holders('staff.read')).toEqual(['owner'])
    expect(holders('payments.resolve')).toEqual(['owner'])
  })

  it('service cannot edit products, categories, settings or staff', () => {
    for (const p of ['catalog.write', 'settings.write', 'staff.manage', 'orders.ship', 'payments.resolve'] as const) {
      expect(roleHolds('service', p), p).toBe(false)
    }
    expect(roleHolds('service', 'catalog.read')).toBe(true)
  })

  it('operator runs catalogue, orders, shipping and settings but cannot manage staff or resolve a mismatch', () => {
    for (const p of ['catalog.write', 'orders.ship', 'settings.write', 'promotions.write', 'payments.read'] as const) expect(roleHolds('operator', p), p).toBe(true)
    for (const p of ['staff.manage', 'payments.resolve', 'aftersales.decide'] as const) expect(roleHolds('operator', p), p).toBe(false)
  })

  it('after-sale refunds are decided by service and owner; every staff role can read orders and after-sales', () => {
    expect(holders('aftersales.decide')).toEqual(['owner', 'service'])
    expect(holders('orders.read')).toEqual(['owner', 'operator', 'service'])
    expect(holders('aftersales.read')).toEqual(['owner', 'operator', 'service'])
    expect(holders('admin.access')).toEqual(['owner', 'operator', 'service'])
  })

  it('grants nothing to nobody', () => {
    expect(permissionsOf(null)).toEqual([])
    expect(roleHolds(undefined, 'admin.access')).toBe(false)
  })
})

describe('admin registry', () => {
  it('every admin action declares a known permission, and the registry builds', () => {
    expect(ADMIN_ACTIONS.filter((a) => !isPermission(a.permission)).map((a) => a.name)).toEqual([])
    expect(() => buildRegistry(ADMIN_ACTIONS)).not.toThrow()
    expect(() => buildRegistry(SHOP_ACTIONS)).not.toThrow()
  })

  it('every admin action is open to the owner, and read-only lists are open to all staff', () => {
    for (const a of ADMIN_ACTIONS) expect(roleHolds('owner', a.permission!), a.name).toBe(true)
    const byName = Object.fromEntries(ADMIN_ACTIONS.map((a) => [a.name, a.permission!]))
    for (const name of ['staff.me', 'adminOrders.list', 'adminOrders.get', 'afterSales.list', 'products.list', 'products.get']) {
      expect(holders(byName[name]), name).toEqual(['owner', 'operator', 'service'])
    }
  })
})

describe('invite codes', () => {
  it('normalises what a person types: case, spaces, dashes and look-alike letters', () => {
    expect(normaliseInviteCode(' abcd-efgh jkmn-pqrs ')).toBe('ABCDEFGHJKMNPQRS')
    expect(normaliseInviteCode('o0il')).toBe('0011')
  })

  it('formats in groups of four and uses an alphabet without look-alikes', () => {
    expect(formatInviteCode('ABCDEFGHJKMNPQRS')).toBe('ABCD-EFGH-JKMN-PQRS')
    expect(INVITE_ALPHABET).toHaveLength(32)
    expect(INVITE_ALPHABET).not.toMatch(/[ILOU]/)
    expect(INVITE_LENGTH * Math.log2(INVITE_ALPHABET.length)).toBeGreaterThanOrEqual(80)
  })

  it('is open only until it expires, and a used or revoked invite stays so', () => {
    expect(inviteStatus({ state: 'open', expiresAt: 100 }, 99)).toBe('open')
    expect(inviteStatus({ state: 'open', expiresAt: 100 }, 100)).toBe('expired')
    expect(inviteStatus({ state: 'redeemed', expiresAt: 100 }, 1)).toBe('redeemed')
    expect(inviteStatus({ state: 'revoked', expiresAt: 100 }, 1)).toBe('revoked')
  })
})
