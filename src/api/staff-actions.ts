/** Types of staff roles and invites: the owner's team tools (admin) and redeeming a code (shop). */
import type {
  StaffInviteInput,
  StaffInviteOutput,
  StaffInvitesOutput,
  StaffListOutput,
  StaffMeOutput,
  StaffRedeemInviteInput,
  StaffRedeemInviteOutput,
  StaffRemoveInput,
  StaffRemoveOutput,
  StaffRevokeInviteInput,
  StaffRevokeInviteOutput,
  StaffSetRoleInput,
  StaffSetRoleOutput,
} from '@cloud/contracts/staff'
import type { z } from 'zod'
import type { Empty, Signature } from './signature'

export type ShopStaffActions = {
  'staff.redeemInvite': Signature<z.input<typeof StaffRedeemInviteInput>, StaffRedeemInviteOutput>
}

export type AdminStaffActions = {
  'staff.me': Signature<Empty, StaffMeOutput>
  'staff.list': Signature<Empty, StaffListOutput>
  'staff.invite': Signature<z.input<typeof StaffInviteInput>, StaffInviteOutput>
  'staff.invites': Signature<Empty, StaffInvitesOutput>
  'staff.revokeInvite': Signature<z.input<typeof StaffRevokeInviteInput>, StaffRevokeInviteOutput>
  'staff.setRole': Signature<z.input<typeof StaffSetRoleInput>, StaffSetRoleOutput>
  'staff.remove': Signature<z.input<typeof StaffRemoveInput>, StaffRemoveOutput>
}
