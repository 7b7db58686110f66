import { createHash } from 'node:crypto'
import type { AssignableRole } from '../domain/permissions'
import { db } from '../platform/cloud'

/** A row of `staff_invites`: _id is the SHA-256 of the normalised code, so the code itself is never stored. */
export interface InviteRecord {
  _id: string
  role: AssignableRole
  state: 'open' | 'redeemed' | 'revoked'
  createdBy: string
  createdAt: number
  expiresAt: number
  redeemedBy?: string
  redeemedAt?: number
  revokedAt?: number
}

export const invites = () => db().collection<InviteRecord>('staff_invites')

export const hashInviteCode = (normalised: string) => createHash('sha256').update(`jf-invite:${normalised}`).digest('hex')

