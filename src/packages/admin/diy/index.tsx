import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Switch, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { DiyComponent, DiyKind, DiyRules } from '@cloud/contracts/diy'
import { callAction, type ClientError } from '../../../api'
import { LoadingSkeleton, Price } from '../../../components'
import { ActionError } from '../../../components/order-card'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { Chips } from '../orders/_shared/chips'
import { AdminLoadError } from '../orders/_shared/staff-gate'
import { emptyComponentForm, formOf, parseSizes, sizesText, toSaveInput, type ComponentForm } from './diy-form'
import '../products/_shared/admin.scss'

const KINDS = ['base', 'accent', 'spacer', 'charm'] as const
const TABS = ['components', 'rules'] as const

/** The merchant's DIY page: components (price, size, colour, stock as a delta, on/off) and the rules as data. */
export default function AdminDiyPage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.adminDiy'))
  const [tab, setTab] = useState<(typeof TABS)[number]>('components')
  const [editing, setEditing] = useState<ComponentForm | null>(null)
  const list = useRemote(() => callAction('admin', 'diyAdmin.list', {}), [])
  const labels = { components: t('admin.diy.components'), rules: t('admin.diy.rules') }
  const reload = () => void list.reload()
  return (
    <View className='adm' data-testid='admin-diy'>
      <View className='adm__sku'>
        <Chips options={TABS} labels={labels} value={tab} onChange={setTab} testIdPrefix='diy-tab' />
        {tab === 'components' ? (
          <View className='adm__button' data-testid='diy-new' onClick={() => setEditing(emptyComponentForm())}>
            <Text>{t('admin.diy.new')}</Text>
          </View>
        ) : null}
      </View>
      {list.remote.status === 'loading' ? <LoadingSkeleton variant='detail' /> : null}
      {list.remote.status === 'failed' ? <AdminLoadError error={list.remote.error} onRetry={reload} /> : null}
      {editing && tab === 'components' ? <ComponentEditor form={editing} onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); reload() }} /> : null}
      {list.remote.status === 'ready' && tab === 'components'
        ? list.remote.data.components.map((c) => <ComponentRow key={c._id} c={c} onEdit={() => setEditing(formOf(c))} />)
        : null}
      {list.remote.status === 'ready' && tab === 'rules' ? <RulesEditor rules={list.remote.data.rules} onSaved={reload} /> : null}
    </View>
  )
}

function ComponentRow({ c, onEdit }: { c: DiyComponent; onEdit: () => void }) {
  const { t } = useLocale()
  return (
    <View className='adm__row' data-testid='diy-admin-row' data-id={c._id}>
      <View className='adm__grow'>
        <Text data-product-data>
          {t(`diy.kind.${c.kind}` as 'diy.kind.base')} · {c.name} · {t('diy.mm', { mm: c.beadMm })}
        </Text>
        <Text className='adm__muted'>
          <Price fen={c.price} /> · {t('admin.diy.stock', { stock: c.stock, sold: c.sold })} · {c.status === 'on' ? t('admin.diy.on') : t('admin.diy.off')}
        </Text>
      </View>
      <View className='adm__button' data-testid='diy-edit' onClick={onEdit}>
        <Text>{t('admin.diy.edit')}</Text>
      </View>
    </View>
  )
}

function Field({ label, value, onChange, testId }: { label: string; value: string; onChange: (v: string) => void; testId: string }) {
  return (
    <View className='adm__sku'>
      <Text>{label}</Text>
      <Input className='adm__input' data-testid={testId} value={value} onInput={(e) => onChange(e.detail.value)} />
    </View>
  )
}

function ComponentEditor({ form: initial, onCancel, onSaved }: { form: ComponentForm; onCancel: () => void; onSaved: () => void }) {
  const { t } = useLocale()
  const [form, setForm] = useState(initial)
  const [error, setError] = useState<ClientError | null>(null)
  const set = (patch: Partial<ComponentForm>) => setForm((f) => ({ ...f, ...patch }))
  const save = async () => {
    const result = await callAction('admin', 'diyAdmin.saveComponent', toSaveInput(form))
    if (!result.ok) return setError(result.error)
    void Taro.showToast({ title: t('admin.diy.saved'), icon: 'success' })
    onSaved()
  }
  return (
    <View className='adm__row' data-testid='diy-editor'>
      <View className='adm__grow'>
        {form.id ? null : (
          <Chips options={KINDS} labels={Object.fromEntries(KINDS.map((k) => [k, t(`diy.kind.${k}` as 'diy.kind.base')])) as Record<DiyKind, string>} value={form.kind} onChange={(kind) => set({ kind })} testIdPrefix='diy-edit-kind' />
        )}
        <Field label={t('admin.diy.name')} value={form.name} onChange={(name) => set({ name })} testId='diy-edit-name' />
        <Field label={t('admin.diy.material')} value={form.material} onChange={(material) => set({ material })} testId='diy-edit-material' />
        <Field label={t('admin.diy.beadMm')} value={form.beadMm} onChange={(beadMm) => set({ beadMm })} testId='diy-edit-mm' />
        <Field label={t('admin.diy.price')} value={form.price} onChange={(price) => set({ price })} testId='diy-edit-price' />
        <Field label={t('admin.diy.color')} value={form.color} onChange={(color) => set({ color })} testId='diy-edit-color' />
        {form.kind === 'charm' ? <Field label={t('admin.diy.fits')} value={form.fits} onChange={(fits) => set({ fits })} testId='diy-edit-fits' /> : null}
        <Field label={t('admin.diy.stockDelta')} value={form.stockDelta} onChange={(stockDelta) => set({ stockDelta })} testId='diy-edit-stock' />
        <Field label={t('admin.diy.sort')} value={form.sort} onChange={(sort) => set({ sort })} testId='diy-edit-sort' />
        <View className='adm__sku'>
          <Text>{t('admin.diy.status')}</Text>
          <Switch checked={form.on} data-testid='diy-edit-on' onChange={(e) => set({ on: e.detail.value })} />
        </View>
        {error ? <ActionError error={error} onDismiss={() => setError(null)} /> : null}
        <View className='adm__sku'>
          <View className='adm__button' data-testid='diy-edit-save' onClick={() => void save()}>
            <Text>{t('common.save')}</Text>
          </View>
          <View className='adm__button' onClick={onCancel}>
            <Text>{t('common.cancel')}</Text>
          </View>
        </View>
      </View>
    </View>
  )
}

function RulesEditor({ rules, onSaved }: { rules: DiyRules; onSaved: () => void }) {
  const { t } = useLocale()
  const [minBase, setMinBase] = useState(String(rules.minBaseBeads))
  const [sizes, setSizes] = useState(sizesText(rules))
  const [category, setCategory] = useState(rules.categoryId)
  const [error, setError] = useState<ClientError | null>(null)
  const save = async () => {
    const beadSizes = parseSizes(sizes)
    if (!beadSizes) return setError({ code: 'INVALID_INPUT', message: t('admin.diy.badSizes') })
    const result = await callAction('admin', 'diyAdmin.saveRules', { minBaseBeads: Number(minBase), beadSizes, categoryId: category.trim() })
    if (!result.ok) return setError(result.error)
    void Taro.showToast({ title: t('admin.diy.saved'), icon: 'success' })
    onSaved()
  }
  return (
    <View className='adm__row' data-testid='diy-rules'>
      <View className='adm__grow'>
        <Field label={t('admin.diy.minBase')} value={minBase} onChange={setMinBase} testId='diy-rules-min' />
        <Field label={t('admin.diy.sizes')} value={sizes} onChange={setSizes} testId='diy-rules-sizes' />
        <Field label={t('admin.diy.category')} value={category} onChange={setCategory} testId='diy-rules-category' />
        {error ? <ActionError error={error} onDismiss={() => setError(null)} /> : null}
        <View className='adm__button' data-testid='diy-rules-save' onClick={() => void save()}>
          <Text>{t('common.save')}</Text>
        </View>
      </View>
    </View>
  )
}
