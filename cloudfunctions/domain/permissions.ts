/**
 * Who on the merchant side may do what, as data. Each admin action names one permission
 * (ActionDefinition.permission); dispatch admits a staff caller only if their role holds it. Pure: the
 * table is unit-tested, the admin pages get a caller's permissions from `staff.me`, never re-derive them.
 *
 * Decisions worth stating:
 * - The owner holds every permission, including ones no action uses yet.
 * - Deciding an after-sale (approve / reject: money goes back to the buyer) is the after-sales desk's
 *   job (service) and the owner's; the operator runs fulfilment and may confirm a returned parcel
 *   arrived (`aftersales.receive`), but does not decide refunds.
 * - Resolving a payment mismatch (refund or dismiss money WeChat took) and managing staff are owner only.
 * - Reading orders and after-sales is open to all staff: service answers buyers about their orders.
 */
import type { StaffRole } from '../contracts/common'

export const PERMISSIONS = [
  /** Open the admin pages at all and see one's own role (staff.me). */
  'admin.access',
  'catalog.read',
  'catalog.write',
  'orders.read',
  'orders.ship',
  'aftersales.read',
  'aftersales.decide',
  'aftersales.receive',
  'payments.read',
  'payments.resolve',
  'promotions.write',
  'settings.write',
  'audit.read',
  'tickets.reply',
  'faq.write',
  'staff.read',
  'staff.manage',
  /** Membership settings and segments (read), change levels / points rule and send segment coupons (write). */
  'members.read',
  'members.write',
  /** Export orders as CSV to cloud storage (owner, operator). */
  'orders.export',
  /** Browse the whole audit log by actor, entity, action and date (owner only). */
  'audit.browse',
] as const

export type Permission = (typeof PERMISSIONS)[number]

const ALL: readonly Permission[] = PERMISSIONS

/** The table. Owner: everything; the others listed explicitly so a new permission is nobody's by default. */
export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly Permission[]>> = Object.freeze({
  owner: ALL,
  operator: [
    'admin.access',
    'catalog.read',
    'catalog.write',
    'orders.read',
    'orders.ship',
    'aftersales.read',
    'aftersales.receive',
    'payments.read',
    'promotions.write',
    'settings.write',
    'audit.read',
    'members.read',
    'members.write',
    'orders.export',
  ],
  service: ['admin.access', 'catalog.read', 'orders.read', 'aftersales.read', 'aftersales.decide', 'aftersales.receive', 'tickets.reply', 'faq.write'],
})

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value)
}

export function roleHolds(role: StaffRole | null | undefined, permission: Permission): boolean {
  return !!role && ROLE_PERMISSIONS[role].includes(permission)
}

/** A role's permissions in table order (what `staff.me` sends the pages). */
export function permissionsOf(role: StaffRole | null | undefined): Permission[] {
  return role ? PERMISSIONS.filter((p) => ROLE_PERMISSIONS[role].includes(p)) : []
}

/** Roles the owner may hand out; the owner is the configured JF_OWNER_OPENID only, never invited. */
export const ASSIGNABLE_ROLES = ['operator', 'service'] as const satisfies readonly StaffRole[]
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number]

/** How long an invite code stays redeemable. */
export const INVITE_TTL_MS = 48 * 60 * 60 * 1000
/** Open invites at once; more would mean codes lying around in chats. */
export const MAX_OPEN_INVITES = 20

/** What an invite is now, from its stored state and the clock. */
export function inviteStatus(invite: { state: 'open' | 'redeemed' | 'revoked'; expiresAt: number }, now: number): 'open' | 'expired' | 'redeemed' | 'revoked' {
  if (invite.state !== 'open') return invite.state
  return invite.expiresAt > now ? 'open' : 'expired'
}

/**
 * Invite codes as typed by a person: case, spaces and dashes do not matter. Crockford base32 (no I, L,
 * O, U), 16 symbols = 80 random bits, shown as XXXX-XXXX-XXXX-XXXX.
 */
export const INVITE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const INVITE_LENGTH = 16

export function normaliseInviteCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
}

export function formatInviteCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code
}
