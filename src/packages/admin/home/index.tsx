import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { routes } from '../../../routes'
import { callAction } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../components'
import { useRemote } from '../../../state/useRemote'
import { applyChrome, useLocale } from '../../../state/locale'
import { LanguageSwitch } from '../../../components/language-switch'
import type { Permission } from '@cloud/domain/permissions'
import { Dashboard } from './_parts/dashboard'
import { ExportPanel } from './_parts/export-panel'
import { ReminderBadge, reminderCountFor, useReminderCounts } from '../reminders/reminder-badge'
import './index.scss'

/**
 * Merchant home. The admin function decides who is staff — this page only reflects its answer, so a
 * shopper who deep-links here sees the staff-only state, never merchant data.
 */
export default function AdminHomePage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.adminHome'))
  // The caller's role and permissions, from the server's table: links show only what the role may use.
  const { remote, reload } = useRemote(() => callAction('admin', 'staff.me', {}), [])
  // Active reminders per page, as badges on the links that handle them (a shopper's call is refused: no badges).
  const reminderCounts = useReminderCounts()
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') {
    if (remote.error.code === 'FORBIDDEN' || remote.error.code === 'UNAUTHENTICATED') {
      return <EmptyState testId='staff-only' title={t('admin.staffOnly')} hint={t('admin.staffOnlyHint')} />
    }
    return <ErrorState error={remote.error} onRetry={reload} />
  }
  const can = (p: Permission) => remote.data.permissions.includes(p)
  return (
    <View className='admin-home'>
      {can('orders.read') ? <Dashboard permissions={remote.data.permissions} /> : null}
      {can('orders.export') ? <ExportPanel /> : null}
      <View className='admin-home__list' data-testid='admin-order-tools'>
        {(
          [
            { title: t('nav.adminReminders'), url: routes.adminReminders(), testId: 'admin-link-reminders', needs: 'admin.access' },
            { title: t('admin.link.products'), url: routes.adminProducts(), testId: 'admin-link-products', needs: 'catalog.read' },
            { title: t('admin.link.categories'), url: routes.adminCategories(), testId: 'admin-link-categories', needs: 'catalog.write' },
            { title: t('admin.link.orders'), url: routes.adminOrders(), testId: 'admin-link-orders', needs: 'orders.read' },
            { title: t('admin.link.afterSales'), url: routes.adminAfterSales(), testId: 'admin-link-aftersales', needs: 'aftersales.read' },
            { title: t('admin.link.payments'), url: routes.adminPayments(), testId: 'admin-link-payments', needs: 'payments.read' },
            { title: t('admin.link.jobs'), url: routes.adminJobs(), testId: 'admin-link-jobs', needs: 'audit.read' },
            { title: t('admin.link.specials'), url: routes.adminSpecials(), testId: 'admin-link-specials', needs: 'promotions.write' },
            { title: t('admin.link.diy'), url: routes.adminDiy(), testId: 'admin-link-diy', needs: 'catalog.write' },
            { title: t('admin.link.settings'), url: routes.adminSettings(), testId: 'admin-link-settings', needs: 'settings.write' },
            { title: t('admin.link.staff'), url: routes.adminStaff(), testId: 'admin-link-staff', needs: 'staff.manage' },
            { title: t('admin.link.membership'), url: routes.adminMembership(), testId: 'admin-link-membership', needs: 'members.read' },
            { title: t('admin.link.searchSynonyms'), url: routes.adminSearchSynonyms(), testId: 'admin-link-search-synonyms', needs: 'catalog.write' },
            { title: t('admin.home.tickets'), url: routes.adminTickets(), testId: 'admin-link-tickets', needs: 'tickets.reply' },
            { title: t('admin.home.faq'), url: routes.adminFaq(), testId: 'admin-link-faq', needs: 'faq.write' },
            { title: t('admin.home.serviceSettings'), url: routes.adminServiceSettings(), testId: 'admin-link-service-settings', needs: 'settings.write' },
            { title: t('admin.link.promotions'), url: routes.adminPromotions(), testId: 'admin-link-promotions', needs: 'promotions.write' },
            { title: t('admin.link.campaigns'), url: routes.adminCampaigns(), testId: 'admin-link-campaigns', needs: 'promotions.write' },
            { title: t('admin.link.materials'), url: routes.adminMaterials(), testId: 'admin-link-materials', needs: 'catalog.read' },
            { title: t('console.audit'), url: routes.adminAudit(), testId: 'admin-link-audit', needs: 'audit.browse' },
          ] satisfies { title: string; url: string; testId: string; needs: Permission }[]
        )
          .filter((link) => remote.data.permissions.includes(link.needs))
          .map((link) => (
            <View key={link.testId} className='admin-home__row' data-testid={link.testId} onClick={() => void Taro.navigateTo({ url: link.url })}>
              <Text className='admin-home__name'>
                {link.title}
                {link.testId === 'admin-link-reminders' ? (
                  <ReminderBadge count={Object.values(reminderCounts ?? {}).reduce((n, c) => n + (c ?? 0), 0)} testId='reminder-badge-total' />
                ) : (
                  <ReminderBadge count={reminderCountFor(link.url, reminderCounts)} testId={`reminder-badge-${link.testId}`} />
                )}
              </Text>
              <Text className='admin-home__openid'>›</Text>
            </View>
          ))}
      </View>
      <View className='admin-home__list' data-testid='admin-language'>
        <View className='admin-home__row'>
          <Text className='admin-home__name'>{t('admin.language')}</Text>
          <LanguageSwitch titleKey='nav.adminHome' />
        </View>
      </View>
      <View className='admin-home__list' data-testid='my-role'>
        <View className='admin-home__row'>
          <View className='admin-home__who'>
            <Text className='admin-home__name'>{t('admin.myRole')}</Text>
            <Text className='admin-home__openid'>{remote.data.openid}</Text>
          </View>
          <Text className={`admin-home__role admin-home__role--${remote.data.role}`} data-testid='my-role-name'>{t(`staffRole.${remote.data.role}`)}</Text>
        </View>
      </View>
    </View>
  )
}
