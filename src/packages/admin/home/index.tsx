import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { routes } from '../../../routes'
import { callAction } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../components'
import { useRemote } from '../../../state/useRemote'
import './index.scss'

const ROLE_LABELS = { owner: '店主 / Owner', staff: '店员 / Staff' } as const

/**
 * Merchant home. The admin function decides who is staff — this page only reflects its answer, so a
 * shopper who deep-links here sees the staff-only state, never merchant data.
 */
export default function AdminHomePage() {
  const { remote, reload } = useRemote(() => callAction('admin', 'staff.list', {}), [])
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') {
    if (remote.error.code === 'FORBIDDEN' || remote.error.code === 'UNAUTHENTICATED') {
      return <EmptyState testId='staff-only' title='仅限商家 / staff only' hint='此页面仅对店铺员工开放 / This page is for shop staff' />
    }
    return <ErrorState error={remote.error} onRetry={reload} />
  }
  return (
    <View className='admin-home'>
      <View className='admin-home__list' data-testid='admin-order-tools'>
        {[
          { title: '商品管理 / Products', url: routes.adminProducts(), testId: 'admin-link-products' },
          { title: '分类管理 / Categories', url: routes.adminCategories(), testId: 'admin-link-categories' },
          { title: '订单管理 / Orders', url: routes.adminOrders(), testId: 'admin-link-orders' },
          { title: '售后处理 / After-sales', url: routes.adminAfterSales(), testId: 'admin-link-aftersales' },
          { title: '支付异常 / Payment issues', url: routes.adminPayments(), testId: 'admin-link-payments' },
          { title: '汇率设置 / Exchange rates', url: routes.adminSettings(), testId: 'admin-link-settings' },
        ].map((link) => (
          <View key={link.testId} className='admin-home__row' data-testid={link.testId} onClick={() => void Taro.navigateTo({ url: link.url })}>
            <Text className='admin-home__name'>{link.title}</Text>
            <Text className='admin-home__openid'>›</Text>
          </View>
        ))}
      </View>
      <Text className='jf-section-title'>店铺成员 / Staff</Text>
      <View className='admin-home__list' data-testid='staff-list'>
        {remote.data.map((member) => (
          <View key={member.openid} className='admin-home__row' data-testid='staff-row'>
            <View className='admin-home__who'>
              <Text className='admin-home__name'>{member.name || member.openid}</Text>
              <Text className='admin-home__openid'>{member.openid}</Text>
            </View>
            <Text className={`admin-home__role admin-home__role--${member.role}`}>{ROLE_LABELS[member.role]}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
