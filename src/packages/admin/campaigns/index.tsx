import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { CampaignAdmin } from '@cloud/contracts/campaign'
import { formatShanghai } from '@cloud/domain/time'
import { callAction, type ClientError } from '../../../api'
import { EmptyState, LoadingSkeleton } from '../../../components'
import { applyChrome, describeErrorNow, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { Chips } from '../orders/_shared/chips'
import { AdminLoadError } from '../orders/_shared/staff-gate'
import { blankCampaignForm, campaignFormOf, campaignInputOf, type CampaignForm } from './form'
import '../products/_shared/admin.scss'

const KINDS = ['tag', 'category', 'products'] as const

/** 节日活动: holiday campaigns with their phase and window; create, edit (prefilled), pause and resume. */
export default function AdminCampaignsPage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.adminCampaigns'))
  const list = useRemote(() => callAction('admin', 'campaigns.list', { page: 1, pageSize: 50 }), [])
  const [form, setForm] = useState<CampaignForm | null>(null)
  const toggle = async (c: CampaignAdmin) => {
    const r = await callAction('admin', 'campaigns.setStatus', { id: c._id, status: c.status === 'paused' ? 'active' : 'paused' })
    void Taro.showToast({ title: r.ok ? t('admin.saved') : describeErrorNow(r.error), icon: r.ok ? 'success' : 'none' })
    if (r.ok) void list.reload()
  }
  return (
    <View className='adm' data-testid='admin-campaigns'>
      <View className='adm__bar'>
        <View className='adm__button' data-testid='campaign-new' onClick={() => setForm(form ? null : blankCampaignForm(Date.now()))}>
          <Text>{form ? t('admin.campaigns.cancel') : t('admin.campaigns.new')}</Text>
        </View>
      </View>
      {form ? <CampaignEditor key={form.id ?? 'new'} initial={form} onDone={() => { setForm(null); void list.reload() }} /> : null}
      {list.remote.status === 'loading' ? <LoadingSkeleton variant='detail' /> : null}
      {list.remote.status === 'failed' ? <AdminLoadError error={list.remote.error} onRetry={list.reload} /> : null}
      {list.remote.status === 'ready' && list.remote.data.items.length === 0 ? <EmptyState testId='campaigns-empty' title={t('admin.campaigns.empty')} /> : null}
      {list.remote.status === 'ready'
        ? list.remote.data.items.map((c) => (
            <View key={c._id} className='adm__row' data-testid='campaign-row' data-phase={c.phase}>
              <View className='adm__grow'>
                {/* the merchant's own words */}
                <Text data-product-data style={{ color: c.color }}>{c.name}</Text>
                <Text className='adm__muted'>
                  {t(`admin.campaigns.phase.${c.phase}`)} · {t('admin.campaigns.window', { start: formatShanghai(c.startAt, 'MM-DD HH:mm'), end: formatShanghai(c.endAt, 'MM-DD HH:mm') })}
                </Text>
              </View>
              <View className='adm__button adm__button--ghost' data-testid='campaign-edit' onClick={() => setForm(campaignFormOf(c))}>
                <Text>{t('admin.campaigns.edit')}</Text>
              </View>
              {c.phase === 'ended' ? null : (
                <View className='adm__button' data-testid='campaign-toggle' onClick={() => void toggle(c)}>
                  <Text>{c.status === 'paused' ? t('admin.campaigns.resume') : t('admin.campaigns.pause')}</Text>
                </View>
              )}
            </View>
          ))
        : null}
    </View>
  )
}

function CampaignEditor({ initial, onDone }: { initial: CampaignForm; onDone: () => void }) {
  const { t } = useLocale()
  const [f, setF] = useState(initial)
  const [error, setError] = useState<ClientError | null>(null)
  const promos = useRemote(() => callAction('admin', 'promotions.list', { kind: 'promotion', pageSize: 50 }), [])
  const set = (k: keyof CampaignForm) => (e: { detail: { value: string } }) => setF({ ...f, [k]: e.detail.value })
  const field = (k: 'name' | 'headline' | 'color' | 'banner' | 'productsValue' | 'start' | 'end', label: string) => (
    <View className='adm__field'>
      <Text className='adm__muted'>{t(label as never)}</Text>
      <Input className='adm__input' data-testid={`campaign-field-${k}`} value={f[k]} onInput={set(k)} />
    </View>
  )
  const save = async () => {
    const input = campaignInputOf(f)
    if (!input) {
      void Taro.showToast({ title: t('admin.campaigns.badTime'), icon: 'none' })
      return
    }
    const r = await callAction('admin', 'campaigns.save', input)
    if (!r.ok) return setError(r.error)
    void Taro.showToast({ title: t('admin.saved'), icon: 'success' })
    onDone()
  }
  const togglePromo = (id: string) => setF({ ...f, promotionIds: f.promotionIds.includes(id) ? f.promotionIds.filter((x) => x !== id) : [...f.promotionIds, id] })
  const kindLabels = { products: t('admin.campaigns.kind.products'), tag: t('admin.campaigns.kind.tag'), category: t('admin.campaigns.kind.category') }
  return (
    <View className='adm__row' data-testid='campaign-form'>
      <View className='adm__grow'>
        {field('name', 'admin.campaigns.name')}
        {field('headline', 'admin.campaigns.headline')}
        <View className='adm__field'>
          <Text className='adm__muted'>{t('admin.campaigns.copy')}</Text>
          <Textarea className='adm__input' data-testid='campaign-field-copy' value={f.copy} maxlength={500} onInput={set('copy')} />
        </View>
        {field('color', 'admin.campaigns.color')}
        {field('banner', 'admin.campaigns.banner')}
        <Text className='adm__muted'>{t('admin.campaigns.productsKind')}</Text>
        <Chips options={KINDS} labels={kindLabels} value={f.productsKind} onChange={(v) => setF({ ...f, productsKind: v })} testIdPrefix='campaign-kind' />
        {field('productsValue', 'admin.campaigns.productsValue')}
        {field('start', 'admin.campaigns.start')}
        {field('end', 'admin.campaigns.end')}
        <Text className='adm__muted'>{t('admin.campaigns.promotions')}</Text>
        {promos.remote.status === 'ready'
          ? promos.remote.data.items.map((p) => (
              <View key={p._id} className={`adm__row${f.promotionIds.includes(p._id) ? ' adm__row--on' : ''}`} data-testid='campaign-promotion' onClick={() => togglePromo(p._id)}>
                <Text data-product-data>{f.promotionIds.includes(p._id) ? '● ' : '○ '}{p.name}</Text>
              </View>
            ))
          : null}
        {error ? <Text className='adm__muted' data-testid='campaign-error'>{describeErrorNow(error)}</Text> : null}
        <View className='adm__button' data-testid='campaign-save' onClick={() => void save()}>
          <Text>{t('admin.campaigns.save')}</Text>
        </View>
      </View>
    </View>
  )
}
