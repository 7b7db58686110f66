import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { CouponCentreOutput, MyCoupon } from '@cloud/contracts/promotion'
import { callAction, type ClientError } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../components'
import { ActionError } from '../../../components/order-card'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { CouponCard } from '../_shared/coupon-card'
import './index.scss'

type Tab = 'claimable' | MyCoupon['state']
const TABS: Tab[] = ['claimable', 'available', 'locked', 'used', 'expired']

/** 领券中心: coupons to claim now, and the shopper's own by state (usable, held by an unpaid order, used, expired). */
export default function CouponCentrePage() {
  const { t, reason } = useLocale()
  useDidShow(() => applyChrome('nav.coupons'))
  const [tab, setTab] = useState<Tab>('claimable')
  const [claiming, setClaiming] = useState<string | null>(null)
  const [claimError, setClaimError] = useState<ClientError | null>(null)
  const { remote, reload } = useRemote<CouponCentreOutput>(() => callAction('shop', 'coupons.centre', {}), [])

  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={() => void reload()} />
  const { claimable, mine } = remote.data

  const claim = async (templateId: string) => {
    setClaiming(templateId)
    setClaimError(null)
    const result = await callAction('shop', 'coupons.claim', { templateId })
    setClaiming(null)
    if (!result.ok) {
      setClaimError(result.error)
      return
    }
    void Taro.showToast({ title: t('coupon.claimedToast'), icon: 'success' })
    void reload()
  }

  const shown = tab === 'claimable' ? [] : mine.filter((c) => c.state === tab)
  return (
    <View className='coupon-centre' data-testid='coupon-centre'>
      <ActionError error={claimError} onDismiss={() => setClaimError(null)} />
      <View className='coupon-centre__tabs'>
        {TABS.map((k) => (
          <Text key={k} className={`coupon-centre__tab${k === tab ? ' coupon-centre__tab--on' : ''}`} data-testid={`coupon-tab-${k}`} onClick={() => setTab(k)}>
            {t(`coupon.tab.${k}`)}
            {k !== 'claimable' ? ` ${mine.filter((c) => c.state === k).length}` : ''}
          </Text>
        ))}
      </View>
      {tab === 'claimable' ? (
        claimable.length === 0 ? (
          <EmptyState testId='coupon-claimable-empty' title={t('coupon.noneClaimable')} />
        ) : (
          claimable.map((c) => (
            <CouponCard
              key={c.templateId}
              testId='coupon-claimable'
              name={c.name}
              benefit={c.benefit}
              thresholdFen={c.thresholdFen}
              freeShipping={c.freeShipping}
              scopeAll={c.scope.kind === 'all'}
              {...(c.validity.kind === 'fixed' ? { expiresAt: c.validity.endAt } : { validDays: c.validity.days })}
              dim={c.left === 0 || !c.inStock}
            >
              <Button
                size='small'
                type='primary'
                data-testid='coupon-claim'
                loading={claiming === c.templateId}
                disabled={c.left === 0 || !c.inStock || claiming !== null}
                onClick={() => void claim(c.templateId)}
              >
                {c.left === 0 ? t('coupon.claimed') : !c.inStock ? t('coupon.gone') : t('coupon.claim')}
              </Button>
            </CouponCard>
          ))
        )
      ) : shown.length === 0 ? (
        <EmptyState testId='coupon-mine-empty' title={t('coupon.noneMine')} />
      ) : (
        shown.map((c) => (
          <CouponCard
            key={c.couponId}
            testId={`coupon-mine-${c.state}`}
            name={c.name || reason(c.reason)}
            benefit={c.benefit}
            thresholdFen={c.thresholdFen}
            freeShipping={c.freeShipping}
            scopeAll={c.scope.kind === 'all'}
            expiresAt={c.expiresAt}
            dim={c.state !== 'available'}
          />
        ))
      )}
    </View>
  )
}
