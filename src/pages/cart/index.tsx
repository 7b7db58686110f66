import { ComingSoon } from '../../components'

/** The cart ships with checkout in a later release; until then this page says so. */
export default function CartPage() {
  return <ComingSoon title='购物车即将上线 / Cart coming soon' hint='下单与支付功能正在开发中 / Checkout and payment are on the way' />
}
