import { ComingSoon } from '../../../components'

/** Ships in a later release; until then the page says what is coming instead of showing sample data. */
export default function MemberProfilePage() {
  return <ComingSoon title='会员资料即将上线 / Member profile coming soon' hint='生日、收货地址与积分明细将在这里管理 / Birthday, addresses and points history will live here' />
}
