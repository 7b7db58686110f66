import { z } from 'zod'
import type { Permission } from '../domain/permissions'
import { Id, type StaffRole } from './common'

/** Roles the owner may give; the owner is JF_OWNER_OPENID and is never invited or assigned. */
export const AssignableRole = z.enum(['operator', 'service'])

export const StaffListInput = z.object({}).strict()
export interface StaffMember {
  openid: string
  role: StaffRole
  name: string
  createdAt: number | null
  /** The configured owner: cannot be removed or given another role. */
  fixed: boolean
}
export type StaffListOutput = StaffMember[]

export const StaffMeInput = z.object({}).strict()
/** The caller's own role and what it permits, straight from the domain table (pages show links by it). */
export interface StaffMeOutput {
  openid: string
  role: StaffRole
  permissions: Permission[]
}

export const StaffInviteInput = z.object({ role: AssignableRole }).strict()
/** The code is shown once, here; the database keeps only its hash. */
export interface StaffInviteOutput {
  inviteId: string
  code: string
  role: z.output<typeof AssignableRole>
  expiresAt: number
}

export const StaffInvitesInput = z.object({}).strict()
export type InviteStatus = 'open' | 'expired' | 'redeemed' | 'revoked'
export interface StaffInviteSummary {
  inviteId: string
  role: z.output<typeof AssignableRole>
  status: InviteStatus
  createdAt: number
  expiresAt: number
  redeemedBy: string | null
  redeemedAt: number | null
}
export type StaffInvitesOutput = StaffInviteSummary[]

export const StaffRevokeInviteInput = z.object({ inviteId: Id }).strict()
export type StaffRevokeInviteOutput = { revoked: true }

export const StaffSetRoleInput = z.object({ openid: Id, role: AssignableRole }).strict()
export type StaffSetRoleOutput = StaffMember

export const StaffRemoveInput = z.object({ openid: Id }).strict()
export type StaffRemoveOutput = { removed: true }

/** What a person types: letters, digits, spaces and dashes; normalised before hashing. */
export const StaffRedeemInviteInput = z
  .object({ code: z.string().min(8).max(40).regex(/^[A-Za-z0-9 -]+$/, 'error.input.inviteCode') })
  .strict()
export type StaffRedeemInviteOutput = { role: StaffRole; permissions: Permission[] }
