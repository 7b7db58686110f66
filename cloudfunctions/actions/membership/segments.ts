import { defineAction } from '../../core/action'
import { MembershipSegmentsInput, type MembershipSegmentsOutput } from '../../contracts/member'
import { lastNightly, segmentSizes } from '../../services/member/nightly.service'

export const membershipSegments = defineAction({
  name: 'membership.segments',
  role: 'staff',
  permission: 'members.read',
  summary: 'Member counts per segment (new, active, dormant, VIP) as of the last nightly run',
  input: MembershipSegmentsInput,
  handler: async (): Promise<MembershipSegmentsOutput> => {
    const [sizes, last] = await Promise.all([segmentSizes(), lastNightly()])
    return { sizes, computedDay: last.day, total: Object.values(sizes).reduce((a, b) => a + b, 0) }
  },
})
