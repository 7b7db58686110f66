import { defineAction } from '../../core/action'
import { actorOf } from '../../core/actor'
import { MembershipSegmentCouponInput, type MembershipSegmentCouponOutput } from '../../contracts/member'
import { audit } from '../../services/audit.service'
import { sendSegmentCoupon } from '../../services/member/engagement.service'

export const membershipSendSegmentCoupon = defineAction({
  name: 'membership.sendSegmentCoupon',
  role: 'staff',
  permission: 'members.write',
  summary: 'Queue a coupon for every member of a segment, once per (campaign, member); a repeat queues nothing',
  input: MembershipSegmentCouponInput,
  handler: async ({ campaignId, segment, coupon }, ctx): Promise<MembershipSegmentCouponOutput> => {
    const result = await sendSegmentCoupon(campaignId, segment, coupon, ctx.now())
    if (result.queued > 0) {
      await audit({ actor: actorOf(ctx.caller), at: ctx.now(), action: 'membership.sendSegmentCoupon', targetId: campaignId, summary: `segment ${segment}: ${result.queued} queued` })
    }
    return { campaignId, ...result }
  },
})
