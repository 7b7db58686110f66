import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Switch, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { MembershipSettings } from '@cloud/domain/membership/member-pricing'
import type { MembershipSegmentCouponInput } from '@cloud/contracts/member'
import { callAction } from '../../../api'
import { LoadingSkeleton } from '../../../components'
import { applyChrome, describeErrorNow, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { AdminFailure } from '../products/_shared/staff-gate'
import '../products/_shared/admin.scss'

const SEGMENTS = ['new', 'active', 'dormant', 'vip'] as const
const yuan = (fen: number) => String(fen / 100)
const fen = (text: string) => Math.round(Number(text) * 100)

/** Levels (names, thresholds, member price, perks), the points rule, the downgrade setting; segment sizes and a coupon to a segment. */
export default function AdminMembershipPage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.adminMembership'))
  const settings = useRemote(() => callAction('admin', 'membership.settings', {}), [])
  const segments = useRemote(() => callAction('admin', 'membership.segments', {}), [])
  const [draft, setDraft] = useState<MembershipSettings | null>(null)
  // One campaign id per filled-in form: a double tap or a retry sends the same campaign (once per member).
  const [campaignId, setCampaignId] = useState(() => `seg-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`)
  const [coupon, setCoupon] = useState({ segment: 'dormant' as (typeof SEGMENTS)[number], amount: '10', threshold: '100', days: '14' })
  useEffect(() => {
    if (settings.remote.status === 'ready') setDraft(settings.remote.data)
  }, [settings.remote])

  if (settings.remote.status === 'failed') return <AdminFailure error={settings.remote.error} onRetry={settings.reload} />
  if (segments.remote.status === 'failed') return <AdminFailure error={segments.remote.error} onRetry={segments.reload} />
  if (!draft) return <LoadingSkeleton variant='detail' />

  const setLevel = (i: number, patch: Partial<MembershipSettings['levels'][number]>) =>
    setDraft({ ...draft, levels: draft.levels.map((l, k) => (k === i ? { ...l, ...patch } : l)) })
  const setPoints = (patch: Partial<MembershipSettings['points']>) => setDraft({ ...draft, points: { ...draft.points, ...patch } })

  const save = async () => {
    const r = await callAction('admin', 'membership.saveSettings', draft)
    void Taro.showToast({ title: r.ok ? t('admin.saved') : describeErrorNow(r.error), icon: r.ok ? 'success' : 'none' })
    if (r.ok) void settings.reload()
  }
  const sendCoupon = async () => {
    const input: MembershipSegmentCouponInput = {
      campaignId,
      segment: coupon.segment,
      coupon: { amountOffFen: fen(coupon.amount), thresholdFen: fen(coupon.threshold), validDays: Number(coupon.days) },
    }
    const r = await callAction('admin', 'membership.sendSegmentCoupon', input)
    if (r.ok) setCampaignId(`seg-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`)
    void Taro.showToast({ title: r.ok ? t('admin.membership.queued', { queued: r.data.queued, members: r.data.members }) : describeErrorNow(r.error), icon: 'none' })
  }

  return (
    <View className='adm' data-testid='admin-membership'>
      <Text className='adm__label'>{t('admin.membership.levels')}</Text>
      {draft.levels.map((l, i) => (
        <View key={l.key} className='adm__sku' data-testid={`level-${l.key}`}>
          <Text>{t('admin.membership.levelName')}</Text>
          <Input className='adm__input' data-testid={`level-name-${l.key}`} value={l.name} maxlength={10} onInput={(e) => setLevel(i, { name: e.detail.value })} />
          <Text>{t('admin.membership.threshold')}</Text>
          <Input className='adm__input' data-testid={`level-threshold-${l.key}`} type='digit' disabled={i === 0} value={yuan(l.thresholdFen)} onInput={(e) => setLevel(i, { thresholdFen: fen(e.detail.value) })} />
          <Text>{t('admin.membership.discount')}</Text>
          <Input className='adm__input' data-testid={`level-discount-${l.key}`} type='number' value={String(l.discountPercent)} onInput={(e) => setLevel(i, { discountPercent: Number(e.detail.value) })} />
          <Text>{t('admin.membership.birthdayCoupon')}</Text>
          <Input className='adm__input' type='digit' value={yuan(l.birthdayCouponFen)} onInput={(e) => setLevel(i, { birthdayCouponFen: fen(e.detail.value) })} />
          <Text>{t('admin.membership.freeShipping')}</Text>
          <Switch checked={l.freeShipping} onChange={(e) => setLevel(i, { freeShipping: e.detail.value })} />
        </View>
      ))}
      <Text className='adm__label'>{t('admin.membership.points')}</Text>
      <View className='adm__sku'>
        <Text>{t('admin.membership.earnPerYuan')}</Text>
        <Input className='adm__input' type='number' value={String(draft.points.earnPerYuan)} onInput={(e) => setPoints({ earnPerYuan: Number(e.detail.value) })} />
        <Text>{t('admin.membership.fenPerPoint')}</Text>
        <Input className='adm__input' type='number' value={String(draft.points.fenPerPoint)} onInput={(e) => setPoints({ fenPerPoint: Number(e.detail.value) })} />
        <Text>{t('admin.membership.maxShare')}</Text>
        <Input className='adm__input' type='number' value={String(draft.points.maxSharePercent)} onInput={(e) => setPoints({ maxSharePercent: Number(e.detail.value) })} />
        <Text>{t('admin.membership.expireDays')}</Text>
        <Input className='adm__input' type='number' value={String(draft.points.expireDays)} onInput={(e) => setPoints({ expireDays: Number(e.detail.value) })} />
      </View>
      <View className='adm__sku'>
        <Text>{t('admin.membership.downgrade')}</Text>
        <Switch data-testid='downgrade-switch' checked={draft.downgradeMidYear} onChange={(e) => setDraft({ ...draft, downgradeMidYear: e.detail.value })} />
      </View>
      <Text className='adm__muted'>{t('admin.membership.relevelNote')}</Text>
      <View className='adm__button' data-testid='save-membership' onClick={() => void save()}>
        <Text>{t('admin.save')}</Text>
      </View>

      <Text className='adm__label'>{t('admin.membership.segments')}</Text>
      {segments.remote.status === 'loading' ? <LoadingSkeleton variant='detail' /> : null}
      {segments.remote.status === 'ready' ? (
        <View data-testid='segment-sizes'>
          <Text className='adm__muted'>
            {segments.remote.data.computedDay ? t('admin.membership.computedDay', { day: segments.remote.data.computedDay }) : t('admin.membership.notComputed')}
          </Text>
          {SEGMENTS.map((s) => (
            <View key={s} className={`adm__row${coupon.segment === s ? ' adm__row--on' : ''}`} data-testid={`segment-${s}`} onClick={() => setCoupon({ ...coupon, segment: s })}>
              <Text className='adm__grow'>{t(`admin.membership.segment.${s}`)}</Text>
              <Text>{segments.remote.status === 'ready' ? segments.remote.data.sizes[s] : ''}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <View className='adm__sku'>
        <Text>{t('admin.membership.couponAmount')}</Text>
        <Input className='adm__input' type='digit' value={coupon.amount} onInput={(e) => setCoupon({ ...coupon, amount: e.detail.value })} />
        <Text>{t('admin.membership.couponThreshold')}</Text>
        <Input className='adm__input' type='digit' value={coupon.threshold} onInput={(e) => setCoupon({ ...coupon, threshold: e.detail.value })} />
        <Text>{t('admin.membership.couponDays')}</Text>
        <Input className='adm__input' type='number' value={coupon.days} onInput={(e) => setCoupon({ ...coupon, days: e.detail.value })} />
        <View className='adm__button' data-testid='send-segment-coupon' onClick={() => void sendCoupon()}>
          <Text>
            {t('admin.membership.sendCoupon')} · {t(`admin.membership.segment.${coupon.segment}`)}
          </Text>
        </View>
      </View>
    </View>
  )
}
