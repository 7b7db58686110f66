import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { Product } from '@cloud/contracts/catalog'
import type { FlashSaleAdmin, GroupOfferAdmin } from '@cloud/contracts/specials'
import { callAction, type ClientError } from '../../../api'
import { EmptyState, LoadingSkeleton } from '../../../components'
import { ActionError } from '../../../components/order-card'
import { applyChrome, describeErrorNow, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { Chips } from '../orders/_shared/chips'
import { AdminLoadError } from '../orders/_shared/staff-gate'
import '../products/_shared/admin.scss'

const TABS = ['flash', 'group'] as const
type Tab = (typeof TABS)[number]
const yuan = (fen: number) => (fen / 100).toFixed(2)
const when = (ms: number) => dayjs(ms).format('MM-DD HH:mm')

/** 秒杀 and 拼团 for the merchant: the list with units left, sold and revenue; create, edit (prefilled), pause and resume. */
export default function AdminSpecialsPage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.adminSpecials'))
  const [tab, setTab] = useState<Tab>('flash')
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<FlashSaleAdmin | GroupOfferAdmin | null>(null)
  const labels = { flash: t('admin.specials.flash'), group: t('admin.specials.group') }
  const flash = useRemote(() => callAction('admin', 'flashSales.list', { page: 1, pageSize: 20 }), [])
  const group = useRemote(() => callAction('admin', 'groupOffers.list', { page: 1, pageSize: 20 }), [])
  const remote = tab === 'flash' ? flash.remote : group.remote
  const reload = () => void (tab === 'flash' ? flash.reload() : group.reload())
  return (
    <View className='adm' data-testid='admin-specials'>
      <View className='adm__sku'>
        <Chips options={TABS} labels={labels} value={tab} onChange={(v) => { setTab(v); setCreating(false); setEditing(null) }} testIdPrefix='specials-tab' />
        <View className='adm__button' data-testid='specials-new' onClick={() => { setCreating(!creating); setEditing(null) }}>
          <Text>{t('admin.specials.new')}</Text>
        </View>
      </View>
      {creating || editing ? <CreateForm key={editing?._id ?? 'new'} kind={tab} editing={editing} onSaved={() => { setCreating(false); setEditing(null); reload() }} /> : null}
      {remote.status === 'loading' ? <LoadingSkeleton variant='detail' /> : null}
      {remote.status === 'failed' ? <AdminLoadError error={remote.error} onRetry={reload} /> : null}
      {remote.status === 'ready' && remote.data.items.length === 0 ? (
        <EmptyState testId='specials-empty' title={t('admin.specials.empty')} hint={t('admin.specials.emptyHint')} />
      ) : null}
      {tab === 'flash' && flash.remote.status === 'ready' ? flash.remote.data.items.map((s) => <FlashRow key={s._id} sale={s} onChanged={reload} onEdit={() => { setCreating(false); setEditing(s) }} />) : null}
      {tab === 'group' && group.remote.status === 'ready' ? group.remote.data.items.map((o) => <GroupRow key={o._id} offer={o} onChanged={reload} onEdit={() => { setCreating(false); setEditing(o) }} />) : null}
    </View>
  )
}

function StatusButton({ paused, onToggle }: { paused: boolean; onToggle: () => Promise<ClientError | null> }) {
  const { t } = useLocale()
  const [error, setError] = useState<ClientError | null>(null)
  return (
    <View>
      <View className='adm__button' data-testid='special-toggle' onClick={() => void onToggle().then(setError)}>
        <Text>{paused ? t('admin.specials.resume') : t('admin.specials.pause')}</Text>
      </View>
      {error ? <ActionError error={error} onDismiss={() => setError(null)} /> : null}
    </View>
  )
}

function EditButton({ onEdit }: { onEdit: () => void }) {
  const { t } = useLocale()
  return (
    <View className='adm__button adm__button--ghost' data-testid='special-edit' onClick={onEdit}>
      <Text>{t('admin.specials.edit')}</Text>
    </View>
  )
}

function FlashRow({ sale, onChanged, onEdit }: { sale: FlashSaleAdmin; onChanged: () => void; onEdit: () => void }) {
  const { t } = useLocale()
  const toggle = async () => {
    const r = await callAction('admin', 'flashSales.setStatus', { id: sale._id, status: sale.status === 'paused' ? 'active' : 'paused' })
    if (r.ok) onChanged()
    return r.ok ? null : r.error
  }
  return (
    <View className='adm__row' data-testid='flash-row' data-phase={sale.phase}>
      <View className='adm__grow'>
        <Text data-product-data>{sale.name} · {sale.title} {sale.skuName}</Text>
        <Text className='adm__muted'>¥{yuan(sale.price)} · {t(`flash.phase.${sale.phase}` as never)} · {t('admin.specials.window', { start: when(sale.startAt), end: when(sale.endAt) })}</Text>
        <Text className='adm__muted' data-testid='flash-stats'>
          {t('admin.specials.stats', { sold: sale.sold, remaining: sale.remaining, quantity: sale.quantity, orders: sale.paidOrders, revenue: yuan(sale.revenue) })}
        </Text>
      </View>
      {sale.phase === 'ended' ? null : <EditButton onEdit={onEdit} />}
      {sale.phase === 'ended' ? null : <StatusButton paused={sale.status === 'paused'} onToggle={toggle} />}
    </View>
  )
}

function GroupRow({ offer, onChanged, onEdit }: { offer: GroupOfferAdmin; onChanged: () => void; onEdit: () => void }) {
  const { t } = useLocale()
  const toggle = async () => {
    const r = await callAction('admin', 'groupOffers.setStatus', { id: offer._id, status: offer.status === 'paused' ? 'active' : 'paused' })
    if (r.ok) onChanged()
    return r.ok ? null : r.error
  }
  return (
    <View className='adm__row' data-testid='group-row'>
      <View className='adm__grow'>
        <Text data-product-data>{offer.name} · {offer.title} {offer.skuName}</Text>
        <Text className='adm__muted'>¥{yuan(offer.price)} · {t('group.badge', { size: offer.groupSize })} · {t('admin.specials.window', { start: when(offer.startAt), end: when(offer.endAt) })}</Text>
        <Text className='adm__muted' data-testid='group-stats'>
          {t('admin.specials.groupStats', { forming: offer.groups.forming, formed: offer.groups.formed, failed: offer.groups.failed, orders: offer.paidOrders, revenue: yuan(offer.revenue) })}
        </Text>
      </View>
      <EditButton onEdit={onEdit} />
      <StatusButton paused={offer.status === 'paused'} onToggle={toggle} />
    </View>
  )
}

function Field({ label, value, onChange, testId, digits = true }: { label: string; value: string; onChange: (v: string) => void; testId: string; digits?: boolean }) {
  return (
    <View className='adm__sku'>
      <Text>{label}</Text>
      <Input className='adm__input' data-testid={testId} type={digits ? 'digit' : 'text'} value={value} onInput={(e) => onChange(e.detail.value)} />
    </View>
  )
}

const isFlash = (x: FlashSaleAdmin | GroupOfferAdmin): x is FlashSaleAdmin => 'quantity' in x

/** The form's fields for an existing sale or offer: its own values, the window as "starts in" minutes and "lasts" hours. */
function formOf(x: FlashSaleAdmin | GroupOfferAdmin, now: number) {
  const minutes = Math.max(0, Math.round((x.startAt - now) / 60_000))
  const hours = Math.round(((x.endAt - x.startAt) / 3_600_000) * 100) / 100
  const base = { name: x.name, price: yuan(x.price), quantity: '10', limit: '1', size: '2', hours: '24', startsIn: String(minutes), lasts: String(hours) }
  return isFlash(x) ? { ...base, quantity: String(x.quantity), limit: String(x.perShopperLimit) } : { ...base, size: String(x.groupSize), hours: String(x.hours) }
}

function CreateForm({ kind, editing, onSaved }: { kind: Tab; editing: FlashSaleAdmin | GroupOfferAdmin | null; onSaved: () => void }) {
  const { t } = useLocale()
  const [productId, setProductId] = useState(editing?.productId ?? '')
  const [product, setProduct] = useState<Product | null>(null)
  const [skuId, setSkuId] = useState(editing?.skuId ?? '')
  const [f, setF] = useState(() => (editing ? formOf(editing, Date.now()) : { name: '', price: '', quantity: '10', limit: '1', size: '2', hours: '24', startsIn: '0', lasts: '24' }))
  /** A sale or offer already running keeps its start; a running flash sale also keeps price and quantity (the server says so too). */
  const started = !!editing && editing.startAt <= Date.now()
  const [error, setError] = useState<ClientError | null>(null)
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v })
  const load = async () => {
    const r = await callAction('admin', 'products.get', { id: productId.trim() })
    if (!r.ok) return setError(r.error)
    setError(null)
    setProduct(r.data)
    setSkuId(r.data.skus[0]?.skuId ?? '')
  }
  const save = async () => {
    const n = (v: string) => Number(v)
    const price = Math.round(n(f.price) * 100)
    const target = editing ? editing.productId : product?._id
    if (!target || ![price, n(f.quantity), n(f.limit), n(f.size), n(f.hours), n(f.startsIn), n(f.lasts)].every(Number.isFinite)) {
      void Taro.showToast({ title: t('admin.specials.badNumber'), icon: 'none' })
      return
    }
    const startAt = editing && started ? editing.startAt : Date.now() + n(f.startsIn) * 60_000
    const endAt = startAt + Math.round(n(f.lasts) * 3_600_000)
    const base = { ...(editing ? { id: editing._id, expectedUpdatedAt: editing.updatedAt } : {}), name: f.name, productId: target, skuId, price, startAt, endAt }
    const r =
      kind === 'flash'
        ? await callAction('admin', 'flashSales.save', { ...base, quantity: n(f.quantity), perShopperLimit: n(f.limit) })
        : await callAction('admin', 'groupOffers.save', { ...base, groupSize: n(f.size), hours: n(f.hours) })
    if (!r.ok) return setError(r.error)
    void Taro.showToast({ title: t('admin.saved'), icon: 'success' })
    onSaved()
  }
  return (
    <View className='adm__row' data-testid='specials-form' data-editing={editing ? editing._id : ''}>
      <View className='adm__grow'>
        {editing ? (
          <Text className='adm__muted' data-testid='specials-editing' data-product-data>
            {t('admin.specials.editing', { name: `${editing.name} · ${editing.title} ${editing.skuName}` })}
            {started && kind === 'flash' ? ` · ${t('admin.specials.runningFixed')}` : ''}
          </Text>
        ) : (
        <View className='adm__sku'>
          <Text>{t('admin.specials.productId')}</Text>
          <Input className='adm__input' data-testid='specials-product' value={productId} onInput={(e) => setProductId(e.detail.value)} />
          <View className='adm__button' data-testid='specials-load' onClick={() => void load()}>
            <Text>{t('admin.specials.loadProduct')}</Text>
          </View>
        </View>
        )}
        {product && !editing ? (
          <View className='adm__sku'>
            <Text>{t('admin.specials.sku')}</Text>
            {product.skus.map((s) => (
              <View key={s.skuId} className='adm__button' data-testid='specials-sku' data-selected={s.skuId === skuId ? 'yes' : 'no'} onClick={() => setSkuId(s.skuId)}>
                <Text data-product-data>{s.skuId === skuId ? '● ' : ''}{s.name} ¥{yuan(s.price)} ({s.stock})</Text>
              </View>
            ))}
          </View>
        ) : null}
        <Field label={t('admin.specials.name')} value={f.name} onChange={set('name')} testId='specials-name' digits={false} />
        <Field label={t('admin.specials.price')} value={f.price} onChange={set('price')} testId='specials-price' />
        {kind === 'flash' ? <Field label={t('admin.specials.quantity')} value={f.quantity} onChange={set('quantity')} testId='specials-quantity' /> : null}
        {kind === 'flash' ? <Field label={t('admin.specials.limit')} value={f.limit} onChange={set('limit')} testId='specials-limit' /> : null}
        {kind === 'group' ? <Field label={t('admin.specials.size')} value={f.size} onChange={set('size')} testId='specials-size' /> : null}
        {kind === 'group' ? <Field label={t('admin.specials.hours')} value={f.hours} onChange={set('hours')} testId='specials-hours' /> : null}
        <Field label={t('admin.specials.startsIn')} value={f.startsIn} onChange={set('startsIn')} testId='specials-starts' />
        <Field label={t('admin.specials.lastsHours')} value={f.lasts} onChange={set('lasts')} testId='specials-lasts' />
        {error ? <Text className='adm__muted' data-testid='specials-error'>{describeErrorNow(error)}</Text> : null}
        <View className='adm__button' data-testid='specials-save' onClick={() => void save()}>
          <Text>{t('admin.specials.save')}</Text>
        </View>
      </View>
    </View>
  )
}
