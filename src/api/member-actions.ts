/** Types of membership actions: the shopper's own profile, points and follows (shop), levels and segments (admin). */
import type {
  FollowsListOutput,
  FollowsSetInput,
  FollowsSetOutput,
  MeBindPhoneInput,
  MeBindPhoneOutput,
  MeLedgerInput,
  MeLedgerOutput,
  MembershipSegmentCouponInput,
  MembershipSegmentCouponOutput,
  MembershipSegmentsOutput,
  MembershipSettingsInput,
  MeUpdateProfileInput,
  MeUpdateProfileOutput,
} from '@cloud/contracts/member'
import type { MembershipSettings } from '@cloud/domain/membership/member-pricing'
import type { Empty, Signature } from './signature'

export type ShopMemberActions = {
  'me.updateProfile': Signature<MeUpdateProfileInput, MeUpdateProfileOutput>
  'me.bindPhone': Signature<MeBindPhoneInput, MeBindPhoneOutput>
  'me.ledger': Signature<MeLedgerInput, MeLedgerOutput>
  'follows.list': Signature<Empty, FollowsListOutput>
  'follows.set': Signature<FollowsSetInput, FollowsSetOutput>
}

export type AdminMemberActions = {
  'membership.settings': Signature<Empty, MembershipSettings>
  'membership.saveSettings': Signature<MembershipSettingsInput, MembershipSettings>
  'membership.segments': Signature<Empty, MembershipSegmentsOutput>
  'membership.sendSegmentCoupon': Signature<MembershipSegmentCouponInput, MembershipSegmentCouponOutput>
}
