import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { routes } from '../../../routes'
import { callAction } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../components'
import { useRemote } from '../../../state/useRemote'
import { applyChrome, useLocale } from '../../../state/locale'
import type { Locale } from '../../../i18n/translate'
import './index.scss'

/** Each language named in itself, as on the me page. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' }

/**
 * Merchant home. The admin function decides who is staff — this page only reflects its answer, so a
 * shopper who deep-links here sees the staff-only state, never merchant data.
 */
export default function AdminHomePage() {
  const { t, locale, setLocale } = useLocale()
  useDidShow(() => applyChrome('nav.adminHome'))
  const { remote, reload } = useRemote(() => callAction('admin', 'staff.list', {}), [])
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') {
    if (remote.error.code === 'FORBIDDEN' || remote.error.code === 'UNAUTHENTICATED') {
      return <EmptyState testId='staff-only' title={t('admin.staffOnly')} hint={t('admin.staffOnlyHint')} />
    }
    return <ErrorState error={remote.error} onRetry={reload} />
  }
  return (
    <View className='admin-home'>
      <View className='admin-home__list' data-testid='admin-order-tools'>
        {[
          { title: t('admin.link.products'), url: routes.adminProducts(), testId: 'admin-link-products' },
          { title: t('admin.link.categories'), url: routes.adminCategories(), testId: 'admin-link-categories' },
          { title: t('admin.link.orders'), url: routes.adminOrders(), testId: 'admin-link-orders' },
          { title: t('admin.link.afterSales'), url: routes.adminAfterSales(), testId: 'admin-link-aftersales' },
          { title: t('admin.link.payments'), url: routes.adminPayments(), testId: 'admin-link-payments' },
          { title: t('admin.link.jobs'), url: routes.adminJobs(), testId: 'admin-link-jobs' },
          { title: t('admin.link.settings'), url: routes.adminSettings(), testId: 'admin-link-settings' },
        ].map((link) => (
          <View key={link.testId} className='admin-home__row' data-testid={link.testId} onClick={() => void Taro.navigateTo({ url: link.url })}>
            <Text className='admin-home__name'>{link.title}</Text>
            <Text className='admin-home__openid'>›</Text>
          </View>
        ))}
      </View>
      <View className='admin-home__list' data-testid='admin-language'>
        <View className='admin-home__row'>
          <Text className='admin-home__name'>{t('admin.language')}</Text>
          <View className='jf-chip-row'>
            {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((l) => (
              <View
                key={l}
                className={`jf-chip ${l === locale ? 'jf-chip--active' : ''}`}
                data-testid={`locale-${l}`}
                // the language's own name: the one place Chinese may appear in English mode
                data-product-data={l === 'zh-CN' ? 'language-name' : undefined}
                onClick={() => {
                  setLocale(l)
                  applyChrome('nav.adminHome')
                }}
              >
                <Text>{LANGUAGE_NAMES[l]}</Text>
              </View>
            ))}
          </View>
        </View>
      </View>
      <Text className='jf-section-title'>{t('admin.staff')}</Text>
      <View className='admin-home__list' data-testid='staff-list'>
        {remote.data.map((member) => (
          <View key={member.openid} className='admin-home__row' data-testid='staff-row'>
            <View className='admin-home__who'>
              <Text className='admin-home__name'>{member.name || member.openid}</Text>
              <Text className='admin-home__openid'>{member.openid}</Text>
            </View>
            <Text className={`admin-home__role admin-home__role--${member.role}`}>{t(member.role === 'owner' ? 'admin.role.owner' : 'admin.role.staff')}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
