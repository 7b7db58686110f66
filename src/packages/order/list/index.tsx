import { ComingSoon } from '../../../components'

/** Ships in a later release; until then the page says what is coming instead of showing sample data. */
export default function OrderListPage() {
  return <ComingSoon title='订单功能即将上线 / Orders coming soon' hint='下单后可在这里查看物流与售后 / Track parcels and after-sales here once ordering opens' />
}
