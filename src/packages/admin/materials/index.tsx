import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { MaterialCard } from '@cloud/contracts/crystal'
import { callAction } from '../../../api'
import { EmptyState, LoadingSkeleton } from '../../../components'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { AdminFailure } from '../products/_shared/staff-gate'
import { saveFailureText } from '../products/edit/product-form'
import { draftFromMaterialForm, emptyMaterialForm, formFromCard, type MaterialForm } from './material-form'
import '../products/_shared/admin.scss'

/**
 * 材质寓意: the material cards product pages show (meanings, cultural note, Mohs hardness, care) and
 * search reads (meanings). Each save passes the listing guard: a protected animal is refused, a claim is
 * saved with a warning shown here.
 */
export default function AdminMaterialsPage() {
  const { t, locale, reason } = useLocale()
  useDidShow(() => applyChrome('nav.adminMaterials'))
  const { remote, reload } = useRemote(() => callAction('admin', 'materials.list', {}), [])
  const [form, setForm] = useState<MaterialForm | null>(null)
  const [busy, setBusy] = useState(false)

  if (remote.status === 'failed') return <AdminFailure error={remote.error} onRetry={reload} />
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />

  const seed = async () => {
    setBusy(true)
    const r = await callAction('admin', 'materials.seedDefaults', {})
    setBusy(false)
    if (!r.ok) return void Taro.showModal({ title: t('materials.notSaved'), content: saveFailureText(locale, r.error), showCancel: false })
    void Taro.showToast({ title: t('materials.seeded', { added: r.data.added }), icon: 'none' })
    void reload()
  }
  const save = async () => {
    if (!form || busy) return
    setBusy(true)
    const r = await callAction('admin', 'materials.save', { ...(form.id ? { id: form.id, version: form.version } : {}), draft: draftFromMaterialForm(form) })
    setBusy(false)
    if (!r.ok) return void Taro.showModal({ title: t('materials.notSaved'), content: saveFailureText(locale, r.error), showCancel: false })
    if (r.data.warnings.length) await Taro.showModal({ title: t('materials.warnings'), content: r.data.warnings.map((w) => reason(w)).join('\n'), showCancel: false })
    else void Taro.showToast({ title: t('materials.saved'), icon: 'success' })
    setForm(null)
    void reload()
  }
  const remove = async (c: MaterialCard) => {
    const { confirm } = await Taro.showModal({ title: t('materials.remove'), content: t('materials.removeConfirm', { name: c.name }) })
    if (!confirm) return
    const r = await callAction('admin', 'materials.remove', { id: c._id })
    if (!r.ok) return void Taro.showModal({ title: t('materials.notSaved'), content: saveFailureText(locale, r.error), showCancel: false })
    void reload()
  }

  if (form) {
    const field = (key: Exclude<keyof MaterialForm, 'id' | 'version' | 'culture' | 'care'>, label: string) => (
      <View className='adm__field'>
        <Text className='adm__label'>{label}</Text>
        <Input className='adm__input' data-testid={`material-${key}`} value={form[key]} onInput={(e) => setForm({ ...form, [key]: e.detail.value })} />
      </View>
    )
    return (
      <View className='adm' data-testid='admin-material-form'>
        {field('name', t('materials.name'))}
        {field('aliases', t('materials.aliases'))}
        {field('meanings', t('materials.meanings'))}
        {field('mohs', t('materials.mohs'))}
        <View className='adm__field'>
          <Text className='adm__label'>{t('materials.culture')}</Text>
          <Textarea className='adm__textarea' data-testid='material-culture' value={form.culture} maxlength={600} onInput={(e) => setForm({ ...form, culture: e.detail.value })} />
        </View>
        <View className='adm__field'>
          <Text className='adm__label'>{t('materials.care')}</Text>
          <Textarea className='adm__textarea' data-testid='material-care' value={form.care} maxlength={700} onInput={(e) => setForm({ ...form, care: e.detail.value })} />
        </View>
        <View className='adm__footer adm__bar'>
          <View className='adm__button adm__button--ghost' onClick={() => setForm(null)}>
            <Text>{t('common.cancel')}</Text>
          </View>
          <View className='adm__button' data-testid='material-save' onClick={() => void save()}>
            <Text>{busy ? t('admin.working') : t('admin.save')}</Text>
          </View>
        </View>
      </View>
    )
  }

  return (
    <View className='adm' data-testid='admin-materials'>
      <View className='adm__bar'>
        <View className='adm__button' data-testid='material-new' onClick={() => setForm(emptyMaterialForm())}>
          <Text>{t('materials.new')}</Text>
        </View>
        <View className='adm__button adm__button--ghost' data-testid='material-seed' onClick={() => (busy ? undefined : void seed())}>
          <Text>{t('materials.seed')}</Text>
        </View>
      </View>
      {remote.data.length === 0 ? <EmptyState title={t('materials.empty')} /> : null}
      {remote.data.map((c) => (
        <View key={c._id} className='adm__field' data-testid='material-row' data-name={c.name}>
          <Text className='adm__label' data-product-data>
            {c.name}
            {c.aliases.length ? `（${c.aliases.join('、')}）` : ''} · {t('material.mohs')} {c.mohs}
          </Text>
          <Text className='adm__muted' data-product-data>{c.meanings.join(' · ')}</Text>
          <View className='adm__bar'>
            <View className='adm__button adm__button--ghost' data-testid='material-edit' onClick={() => setForm(formFromCard(c))}>
              <Text>{t('materials.edit')}</Text>
            </View>
            <View className='adm__button adm__button--danger' onClick={() => void remove(c)}>
              <Text>{t('materials.remove')}</Text>
            </View>
          </View>
        </View>
      ))}
    </View>
  )
}
