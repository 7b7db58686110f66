/**
 * The declared outcome of every (required role × caller) pair, and of every (permission × staff role)
 * pair, written out by hand as the oracle the generated matrix checks against: an independent statement
 * of the rules, not a call to roleAllows or the domain permission table.
 */
import type { AnyAction } from '../../../cloudfunctions/core/action'
import type { Role } from '../../../cloudfunctions/core/roles'
import type { StaffRole } from '../../../cloudfunctions/contracts/common'
import type { Permission } from '../../../cloudfunctions/domain/permissions'
import { STAFF_CALLER_ROLE, type CallerName } from '../../kit/identities'

export type Expected = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN'

const HUMANS_ALLOWED_PLATFORM_REFUSED = {
  anonymous: 'allowed',
  shopperA: 'allowed',
  shopperB: 'allowed',
  service: 'allowed',
  operator: 'allowed',
  owner: 'allowed',
  removedStaff: 'allowed',
  expiredInvitee: 'allowed',
  forgedSystem: 'allowed',
  platform: 'FORBIDDEN',
} as const

/** By required role. For `staff` actions this is before the permission check (see PERMISSION_HOLDERS). */
export const EXPECTED: Record<Role, Record<CallerName, Expected>> = {
  // Browsing needs no sign-in; WeChat's own timers and callbacks have no business here.
  anyone: HUMANS_ALLOWED_PLATFORM_REFUSED,
  shopper: { ...HUMANS_ALLOWED_PLATFORM_REFUSED, anonymous: 'UNAUTHENTICATED' },
  staff: {
    anonymous: 'UNAUTHENTICATED',
    shopperA: 'FORBIDDEN',
    shopperB: 'FORBIDDEN',
    service: 'allowed',
    operator: 'allowed',
    owner: 'allowed',
    // removed at the previous call: a shopper again
    removedStaff: 'FORBIDDEN',
    // tried an expired code: never became staff
    expiredInvitee: 'FORBIDDEN',
    forgedSystem: 'FORBIDDEN',
    platform: 'FORBIDDEN',
  },
  owner: {
    anonymous: 'UNAUTHENTICATED',
    shopperA: 'FORBIDDEN',
    shopperB: 'FORBIDDEN',
    service: 'FORBIDDEN',
    operator: 'FORBIDDEN',
    owner: 'allowed',
    removedStaff: 'FORBIDDEN',
    expiredInvitee: 'FORBIDDEN',
    forgedSystem: 'FORBIDDEN',
    platform: 'FORBIDDEN',
  },
  // Only WeChat itself; a client (signed in or not, staff or not) is refused outright.
  system: {
    anonymous: 'FORBIDDEN',
    shopperA: 'FORBIDDEN',
    shopperB: 'FORBIDDEN',
    service: 'FORBIDDEN',
    operator: 'FORBIDDEN',
    owner: 'FORBIDDEN',
    removedStaff: 'FORBIDDEN',
    expiredInvitee: 'FORBIDDEN',
    forgedSystem: 'FORBIDDEN',
    platform: 'allowed',
  },
}

export const KNOWN_ROLES = Object.keys(EXPECTED) as Role[]

/**
 * Which staff roles hold each permission, by hand. Owner: all. Operator: catalogue, orders and
 * shipping, receiving returns, promotions, settings, reading payments and the audit trail. Service:
 * after-sales (incl. deciding refunds), tickets, FAQ, and reading catalogue and orders. Nobody but the
 * owner manages staff or resolves a payment mismatch.
 */
export const PERMISSION_HOLDERS: Record<Permission, readonly StaffRole[]> = {
  'admin.access': ['owner', 'operator', 'service'],
  'catalog.read': ['owner', 'operator', 'service'],
  'catalog.write': ['owner', 'operator'],
  'orders.read': ['owner', 'operator', 'service'],
  'orders.ship': ['owner', 'operator'],
  'aftersales.read': ['owner', 'operator', 'service'],
  'aftersales.decide': ['owner', 'service'],
  'aftersales.receive': ['owner', 'operator', 'service'],
  'payments.read': ['owner', 'operator'],
  'payments.resolve': ['owner'],
  'promotions.write': ['owner', 'operator'],
  'settings.write': ['owner', 'operator'],
  'audit.read': ['owner', 'operator'],
  'tickets.reply': ['owner', 'service'],
  'faq.write': ['owner', 'service'],
  'staff.read': ['owner'],
  'staff.manage': ['owner'],
  'members.read': ['owner', 'operator'],
  'members.write': ['owner', 'operator'],
  'orders.export': ['owner', 'operator'],
  'audit.browse': ['owner'],
}

/** The permission each admin action needs, by hand: a new or changed declaration must change this too. */
export const ACTION_PERMISSION: Record<string, Permission> = {
  'staff.me': 'admin.access',
  'staff.list': 'staff.read',
  'staff.invite': 'staff.manage',
  'staff.invites': 'staff.manage',
  'staff.revokeInvite': 'staff.manage',
  'staff.setRole': 'staff.manage',
  'staff.remove': 'staff.manage',
  'products.list': 'catalog.read',
  'products.get': 'catalog.read',
  'products.save': 'catalog.write',
  'products.setStatus': 'catalog.write',
  'categories.save': 'catalog.write',
  'categories.remove': 'catalog.write',
  'settings.setRates': 'settings.write',
  'audit.list': 'audit.read',
  'adminOrders.list': 'orders.read',
  'adminOrders.get': 'orders.read',
  'adminOrders.ship': 'orders.ship',
  'adminOrders.markDelivered': 'orders.ship',
  'afterSales.list': 'aftersales.read',
  'afterSales.approve': 'aftersales.decide',
  'afterSales.reject': 'aftersales.decide',
  'afterSales.confirmReturn': 'aftersales.receive',
  'payments.mismatches': 'payments.read',
  'payments.resolveMismatch': 'payments.resolve',
  'products.adjustStock': 'catalog.write',
  'products.stockLedger': 'catalog.read',
  'outbox.list': 'audit.read',
  'outbox.retry': 'settings.write',
  'membership.settings': 'members.read',
  'membership.saveSettings': 'members.write',
  'membership.segments': 'members.read',
  'membership.sendSegmentCoupon': 'members.write',
  'search.synonyms': 'catalog.read',
  'search.setSynonyms': 'catalog.write',
  'flashSales.save': 'promotions.write',
  'flashSales.setStatus': 'promotions.write',
  'flashSales.list': 'promotions.write',
  'groupOffers.save': 'promotions.write',
  'groupOffers.setStatus': 'promotions.write',
  'groupOffers.list': 'promotions.write',
  'faq.adminList': 'faq.write',
  'faq.save': 'faq.write',
  'faq.remove': 'faq.write',
  'faq.saveSynonyms': 'faq.write',
  'faq.try': 'faq.write',
  'assistant.unanswered': 'faq.write',
  'assistant.dismiss': 'faq.write',
  'tickets.inbox': 'tickets.reply',
  'tickets.detail': 'tickets.reply',
  'tickets.staffReply': 'tickets.reply',
  'tickets.assign': 'tickets.reply',
  'tickets.staffClose': 'tickets.reply',
  'service.settings': 'admin.access',
  'service.saveContact': 'settings.write',
  'promotions.list': 'promotions.write',
  'promotions.save': 'promotions.write',
  'promotions.saveTemplate': 'promotions.write',
  'promotions.setStatus': 'promotions.write',
  'promotions.stats': 'promotions.write',
  'promotions.settings': 'promotions.write',
  'promotions.saveSettings': 'promotions.write',
  'campaigns.list': 'promotions.write',
  'campaigns.save': 'promotions.write',
  'campaigns.setStatus': 'promotions.write',
  'diyAdmin.list': 'catalog.read',
  'diyAdmin.saveComponent': 'catalog.write',
  'diyAdmin.saveRules': 'catalog.write',
  'materials.list': 'catalog.read',
  'materials.save': 'catalog.write',
  'materials.remove': 'catalog.write',
  'materials.seedDefaults': 'catalog.write',
  // staff reminders: every staff member sees the list; quality flags with the catalogue
  'reminders.list': 'admin.access',
  'quality.flags': 'catalog.read',
  'quality.forProduct': 'catalog.read',
  'console.dashboard': 'orders.read',
  'console.newOrders': 'orders.read',
  'console.newOrderCount': 'orders.read',
  'console.exportOrders': 'orders.export',
  'console.audit': 'audit.browse',
}

/** What `caller` must get from `action`: the role row, then, for a staff caller, the permission. */
export function expectedOutcome(action: AnyAction, caller: CallerName): Expected {
  const byRole = EXPECTED[action.role][caller]
  const staffRole = STAFF_CALLER_ROLE[caller]
  if (byRole !== 'allowed' || !action.permission || !staffRole) return byRole
  return PERMISSION_HOLDERS[action.permission].includes(staffRole) ? 'allowed' : 'FORBIDDEN'
}

/** The dispatcher's refusal keys; a handler's own FORBIDDEN (e.g. "owner cannot be removed") is a business answer. */
export const ROLE_REFUSAL_KEYS: readonly string[] = ['error.auth.forbidden', 'error.auth.missingPermission']
