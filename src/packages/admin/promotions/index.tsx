import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Switch, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { PromotionRow, PromotionStats } from '@cloud/contracts/promotion'
import { fenToYuanPlain, fenToYuanText } from '@cloud/domain/money'
import { formatShanghai } from '@cloud/domain/time'
import { callAction } from '../../../api'
import { LoadingSkeleton } from '../../../components'
import { applyChrome, describeErrorNow, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { AdminFailure } from '../products/_shared/staff-gate'
import { EMPTY_FORM, formOfRow, promotionEditInput, promotionInput, quickKindOf, segmentCampaignId, templateEditInput, templateInput, type QuickForm, type QuickKind } from './forms'
import '../products/_shared/admin.scss'

type Tab = 'promotion' | 'couponTemplate' | 'settings'

/**
 * Promotions and coupon templates: create, edit (prefilled), pause / resume, stats per promotion, a template
 * sent to a member segment (once per member, through the membership service); the caps (floor, coupon maximum).
 */
export default function AdminPromotionsPage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.adminPromotions'))
  const [tab, setTab] = useState<Tab>('promotion')
  return (
    <View className='adm' data-testid='admin-promotions'>
      <View className='adm__bar'>
        {(['promotion', 'couponTemplate', 'settings'] as const).map((k) => (
          <View key={k} className={`adm__button${k === tab ? '' : ' adm__button--ghost'}`} data-testid={`promo-tab-${k}`} onClick={() => setTab(k)}>
            <Text>{t(`promo.tab.${k}`)}</Text>
          </View>
        ))}
      </View>
      {tab === 'settings' ? <Caps /> : <PromotionList kind={tab} />}
    </View>
  )
}

function PromotionList({ kind }: { kind: 'promotion' | 'couponTemplate' }) {
  const { t } = useLocale()
  const list = useRemote(() => callAction('admin', 'promotions.list', { kind, pageSize: 50 }), [kind])
  const [stats, setStats] = useState<Record<string, PromotionStats>>({})
  const [form, setForm] = useState<QuickForm>(EMPTY_FORM)
  const [quick, setQuick] = useState<QuickKind>(kind === 'promotion' ? 'fullReduction' : 'template')
  /** The row being edited; its quick kind, or null when only the name can be edited here. */
  const [editing, setEditing] = useState<{ row: PromotionRow; quick: QuickKind | null } | null>(null)
  const [sending, setSending] = useState<string | null>(null)
  useEffect(() => {
    setQuick(kind === 'promotion' ? 'fullReduction' : 'template')
    setEditing(null)
  }, [kind])

  if (list.remote.status === 'failed') return <AdminFailure error={list.remote.error} onRetry={list.reload} />
  if (list.remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  const rows = list.remote.data.items

  const toast = (ok: boolean, error?: Parameters<typeof describeErrorNow>[0]) =>
    void Taro.showToast({ title: ok ? t('promo.saved') : describeErrorNow(error!), icon: ok ? 'success' : 'none' })

  const startEdit = (row: PromotionRow) => {
    const k = quickKindOf(row)
    setEditing({ row, quick: k })
    if (k) setQuick(k)
    setForm(formOfRow(row))
  }
  const stopEdit = () => {
    setEditing(null)
    setForm(EMPTY_FORM)
  }
  const create = async () => {
    let result
    try {
      const now = Date.now()
      result = editing
        ? editing.row.kind === 'couponTemplate'
          ? await callAction('admin', 'promotions.saveTemplate', templateEditInput(editing.row, form))
          : await callAction('admin', 'promotions.save', promotionEditInput(editing.row, form))
        : quick === 'template'
          ? await callAction('admin', 'promotions.saveTemplate', templateInput(form, now))
          : await callAction('admin', 'promotions.save', promotionInput(quick, form, now))
    } catch {
      // an amount that is not yuan (e.g. 1.234): the form says what it wants
      toast(false, { key: 'error.input.invalid' })
      return
    }
    toast(result.ok, result.ok ? undefined : result.error)
    // Saved, or someone else saved this record first (CONFLICT): show the stored version to edit again.
    if (result.ok || result.error.code === 'CONFLICT') {
      setEditing(null)
      setForm(EMPTY_FORM)
      void list.reload()
    }
  }
  const toggle = async (row: PromotionRow) => {
    const r = await callAction('admin', 'promotions.setStatus', { id: row._id, status: row.status === 'active' ? 'paused' : 'active' })
    toast(r.ok, r.ok ? undefined : r.error)
    if (r.ok) void list.reload()
  }
  const loadStats = async (id: string) => {
    const r = await callAction('admin', 'promotions.stats', { id })
    if (r.ok) setStats((s) => ({ ...s, [id]: r.data }))
    else toast(false, r.error)
  }
  const field = (key: keyof QuickForm, label: string, type: 'text' | 'digit' | 'number' = 'digit') => (
    <View className='adm__field'>
      <Text className='adm__muted'>{t(label as never)}</Text>
      <Input className='adm__input' data-testid={`promo-field-${key}`} type={type} value={String(form[key])} onInput={(e) => setForm({ ...form, [key]: e.detail.value })} />
    </View>
  )

  return (
    <View>
      {editing ? (
        <View className='adm__bar' data-testid='promo-editing'>
          {/* the merchant's own name */}
          <Text className='adm__grow' data-product-data>{t('promo.editing', { name: editing.row.name })}</Text>
          <View className='adm__button adm__button--ghost' data-testid='promo-edit-cancel' onClick={stopEdit}>
            <Text>{t('promo.cancelEdit')}</Text>
          </View>
        </View>
      ) : (
        <View className='adm__bar'>
          {(kind === 'promotion' ? (['fullReduction', 'percent', 'firstOrder'] as const) : (['template'] as const)).map((k) => (
            <View key={k} className={`adm__button${k === quick ? '' : ' adm__button--ghost'}`} data-testid={`promo-new-${k}`} onClick={() => setQuick(k)}>
              <Text>{t(`promo.new.${k}`)}</Text>
            </View>
          ))}
        </View>
      )}
      {field('name', 'promo.field.name', 'text')}
      {editing && !editing.quick ? null : (
        <>
      {quick === 'fullReduction' || quick === 'template' ? field('threshold', 'promo.field.threshold') : null}
      {quick !== 'percent' ? field('amount', 'promo.field.amount') : field('percent', 'promo.field.percent', 'number')}
      {quick === 'template' ? (
        <>
          {field('days', 'promo.field.days', 'number')}
          {field('total', 'promo.field.total', 'number')}
          {field('perUser', 'promo.field.perUser', 'number')}
          <View className='adm__field'>
            <Text className='adm__muted'>{t('promo.field.freeShipping')}</Text>
            <Switch checked={form.freeShipping} data-testid='promo-field-freeShipping' onChange={(e) => setForm({ ...form, freeShipping: e.detail.value })} />
          </View>
        </>
      ) : null}
        </>
      )}
      <View className='adm__button' data-testid='promo-create' onClick={() => void create()}>
        <Text>{editing ? t('promo.saveEdit') : t('promo.create')}</Text>
      </View>

      {rows.length === 0 ? (
        <Text className='adm__muted' data-testid='promo-empty'>
          {t('promo.empty')}
        </Text>
      ) : null}
      {rows.map((row) => {
        const s = stats[row._id]
        return (
          <View key={row._id} className='adm__row' data-testid='promo-row' data-status={row.status}>
            <View className='adm__grow'>
              {/* the merchant's own name */}
              <Text data-product-data>{row.name}</Text>
              <Text className='adm__muted'>
                {t(`promo.status.${row.status}`)} · {t('promo.window', { from: formatShanghai(row.startAt, 'MM-DD'), to: formatShanghai(row.endAt, 'MM-DD') })}
              </Text>
              {s ? (
                <Text className='adm__muted' data-testid='promo-stats'>
                  {t('promo.stats.line', { orders: s.orders, discount: fenToYuanText(s.discountFen), revenue: fenToYuanText(s.revenueFen) })}
                  {s.claimed !== undefined ? ` · ${t('promo.stats.coupons', { claimed: s.claimed, used: s.used ?? 0 })}` : ''}
                </Text>
              ) : null}
            </View>
            <View className='adm__button adm__button--ghost' data-testid='promo-edit' onClick={() => startEdit(row)}>
              <Text>{t('promo.edit')}</Text>
            </View>
            {row.kind === 'couponTemplate' ? (
              <View className='adm__button adm__button--ghost' data-testid='promo-send-segment' onClick={() => setSending(sending === row._id ? null : row._id)}>
                <Text>{t('promo.sendSegment')}</Text>
              </View>
            ) : null}
            <View className='adm__button adm__button--ghost' data-testid='promo-stats-load' onClick={() => void loadStats(row._id)}>
              <Text>{t('promo.stats')}</Text>
            </View>
            <View className='adm__button' data-testid='promo-toggle' onClick={() => void toggle(row)}>
              <Text>{row.status === 'active' ? t('promo.pause') : t('promo.resume')}</Text>
            </View>
            {sending === row._id ? <SendToSegment row={row} /> : null}
          </View>
        )
      })}
    </View>
  )
}

const SEGMENTS = ['new', 'active', 'dormant', 'vip'] as const

/**
 * A coupon template sent to a member segment through the membership service (membership.sendSegmentCoupon):
 * one campaign id per template, so each member gets this template from here at most once, whichever
 * segment they are in when it is sent. The template's own target segments come first.
 */
function SendToSegment({ row }: { row: PromotionRow }) {
  const { t } = useLocale()
  const sizes = useRemote(() => callAction('admin', 'membership.segments', {}), [])
  const [result, setResult] = useState<string | null>(null)
  const targeted = (row.definition.segments as string[] | undefined) ?? []
  const order = [...SEGMENTS].sort((a, b) => Number(targeted.includes(b)) - Number(targeted.includes(a)))
  const send = async (segment: (typeof SEGMENTS)[number]) => {
    const r = await callAction('admin', 'membership.sendSegmentCoupon', { campaignId: segmentCampaignId(row._id), segment, coupon: { templateId: row._id } })
    if (r.ok) setResult(t('promo.sendSegment.sent', { queued: r.data.queued, members: r.data.members }))
    else void Taro.showToast({ title: describeErrorNow(r.error), icon: 'none' })
  }
  return (
    <View className='adm__sku' data-testid='promo-segment-panel'>
      <Text className='adm__muted'>{t('promo.sendSegment.hint')}</Text>
      {order.map((s) => (
        <View key={s} className={`adm__button${targeted.includes(s) ? '' : ' adm__button--ghost'}`} data-testid={`promo-segment-${s}`} onClick={() => void send(s)}>
          <Text>
            {t(`admin.membership.segment.${s}`)}
            {sizes.remote.status === 'ready' ? ` · ${sizes.remote.data.sizes[s]}` : ''}
          </Text>
        </View>
      ))}
      {result ? <Text className='adm__muted' data-testid='promo-segment-result'>{result}</Text> : null}
    </View>
  )
}

function Caps() {
  const { t } = useLocale()
  const settings = useRemote(() => callAction('admin', 'promotions.settings', {}), [])
  const [floor, setFloor] = useState('')
  const [max, setMax] = useState('')
  const [exclusive, setExclusive] = useState(true)
  useEffect(() => {
    if (settings.remote.status !== 'ready') return
    setFloor(String(settings.remote.data.floorPercent))
    setMax(fenToYuanPlain(settings.remote.data.couponMaxAmountFen))
    setExclusive(settings.remote.data.firstOrderExclusive)
  }, [settings.remote])
  if (settings.remote.status === 'failed') return <AdminFailure error={settings.remote.error} onRetry={settings.reload} />
  if (settings.remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  const save = async () => {
    // a non-number reaches the server as NaN and comes back as a clear INVALID_INPUT
    const maxFen = Math.round(Number(max) * 100)
    const r = await callAction('admin', 'promotions.saveSettings', { floorPercent: Number.parseInt(floor, 10), firstOrderExclusive: exclusive, couponMaxAmountFen: maxFen })
    void Taro.showToast({ title: r.ok ? t('promo.saved') : describeErrorNow(r.error), icon: r.ok ? 'success' : 'none' })
    if (r.ok) void settings.reload()
  }
  return (
    <View data-testid='promo-caps'>
      <View className='adm__field'>
        <Text className='adm__muted'>{t('promo.field.floor')}</Text>
        <Input className='adm__input' data-testid='promo-floor' type='number' value={floor} onInput={(e) => setFloor(e.detail.value)} />
      </View>
      <View className='adm__field'>
        <Text className='adm__muted'>{t('promo.field.couponMax')}</Text>
        <Input className='adm__input' data-testid='promo-coupon-max' type='digit' value={max} onInput={(e) => setMax(e.detail.value)} />
      </View>
      <View className='adm__field'>
        <Text className='adm__muted'>{t('promo.field.firstOrderExclusive')}</Text>
        <Switch checked={exclusive} data-testid='promo-first-exclusive' onChange={(e) => setExclusive(e.detail.value)} />
      </View>
      <View className='adm__button' data-testid='promo-caps-save' onClick={() => void save()}>
        <Text>{t('admin.save')}</Text>
      </View>
    </View>
  )
}
