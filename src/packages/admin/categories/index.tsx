import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { applyChrome, describeErrorNow, t, useLocale } from '../../../state/locale'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Category } from '@cloud/contracts/catalog'
import { callAction } from '../../../api'
import { ErrorState, LoadingSkeleton } from '../../../components'
import { useRemote } from '../../../state/useRemote'
import { AdminFailure } from '../products/_shared/staff-gate'
import '../products/_shared/admin.scss'

type Row = Pick<Category, 'name' | 'nameEn' | 'sort'> & { id?: string }

/** Category management: rename, reorder, add, and remove empty categories. Writes go through the audited admin actions. */
export default function AdminCategoriesPage() {
  useLocale() // re-render on a language switch
  useDidShow(() => applyChrome('nav.adminCategories'))
  const { remote, reload } = useRemote(() => callAction('shop', 'catalog.categories', {}), [])
  // The list itself is public (shop function): ask the admin function too, so a shopper gets the staff-only notice, not a form.
  const staff = useRemote(() => callAction('admin', 'staff.list', {}), [])
  const [draft, setDraft] = useState<Row>({ name: '', nameEn: '', sort: 100 })
  if (staff.remote.status === 'failed') return <AdminFailure error={staff.remote.error} onRetry={staff.reload} />
  if (remote.status === 'loading' || staff.remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={reload} />

  const save = async (row: Row, icon = '') => {
    const r = await callAction('admin', 'categories.save', { id: row.id, name: row.name, nameEn: row.nameEn, sort: Number(row.sort) || 0, icon })
    void Taro.showToast({ title: r.ok ? t('admin.saved') : describeErrorNow(r.error), icon: r.ok ? 'success' : 'none' })
    if (r.ok) void reload()
    return r.ok
  }
  const remove = async (id: string, name: string) => {
    // One tap must not delete: the row's delete sits right beside save.
    const { confirm } = await Taro.showModal({ title: t('admin.categories.deleteTitle'), content: name, confirmText: t('admin.delete'), cancelText: t('admin.cancel') })
    if (!confirm) return
    const r = await callAction('admin', 'categories.remove', { id })
    void Taro.showToast({ title: r.ok ? t('admin.deleted') : describeErrorNow(r.error), icon: r.ok ? 'success' : 'none' })
    if (r.ok) void reload()
  }

  return (
    <View className='adm' data-testid='admin-categories'>
      {remote.data.map((c) => (
        <CategoryRow key={c._id} category={c} onSave={(row) => void save({ ...row, id: c._id }, c.icon)} onRemove={() => void remove(c._id, c.name)} />
      ))}
      <View className='adm__row'>
        <View className='adm__grow'>
          <Input className='adm__input' data-testid='new-category-name' placeholder={t('admin.categories.name')} value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.detail.value })} />
          <Input className='adm__input' data-testid='new-category-name-en' placeholder={t('admin.categories.nameEn')} value={draft.nameEn} onInput={(e) => setDraft({ ...draft, nameEn: e.detail.value })} />
        </View>
        <View
          className='adm__button'
          data-testid='add-category'
          onClick={() => void save(draft).then((ok) => ok && setDraft({ name: '', nameEn: '', sort: 100 }))}
        >
          <Text>{t('admin.categories.add')}</Text>
        </View>
      </View>
    </View>
  )
}

function CategoryRow({ category, onSave, onRemove }: { category: Category; onSave: (row: Row) => void; onRemove: () => void }) {
  const [row, setRow] = useState<Row>({ name: category.name, nameEn: category.nameEn, sort: category.sort })
  return (
    <View className='adm__row' data-testid='admin-category-row'>
      <View className='adm__grow'>
        <Input className='adm__input' value={row.name} onInput={(e) => setRow({ ...row, name: e.detail.value })} />
        <Input className='adm__input' value={row.nameEn} onInput={(e) => setRow({ ...row, nameEn: e.detail.value })} />
        <Input className='adm__input' type='number' value={String(row.sort)} onInput={(e) => setRow({ ...row, sort: Number(e.detail.value) || 0 })} />
      </View>
      <View className='adm__button' onClick={() => onSave(row)}>
        <Text>{t('admin.save')}</Text>
      </View>
      <View className='adm__button adm__button--danger' onClick={onRemove}>
        <Text>{t('admin.delete')}</Text>
      </View>
    </View>
  )
}
