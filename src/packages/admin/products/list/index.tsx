import '@/i18n/all-messages'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Image, Input, Text, View } from '@tarojs/components'
import { formatCny } from '@cloud/domain/money'
import { useState } from 'react'
import { callAction } from '../../../../api'
import { routes } from '../../../../routes'
import { applyChrome, describeErrorNow, useLocale } from '../../../../state/locale'
import type { MessageKey } from '../../../../i18n/dictionaries'
import { LoadingSkeleton } from '../../../../components'
import { usePagedList } from '../../../../state/usePagedList'
import { AdminFailure } from '../_shared/staff-gate'
import '../_shared/admin.scss'

type StatusFilter = 'all' | 'on' | 'off' | 'low'
const STATUS_TABS: { id: StatusFilter; label: MessageKey }[] = [
  { id: 'all', label: 'admin.products.all' },
  { id: 'on', label: 'admin.products.on' },
  { id: 'off', label: 'admin.products.off' },
  { id: 'low', label: 'console.todo.lowStock' },
]

/** Merchant product list: search, filter by status, list / unlist, open the editor. */
export default function AdminProductsPage() {
  const [draft, setDraft] = useState('')
  const [keyword, setKeyword] = useState('')
  const [status, setStatus] = useState<StatusFilter>(useRouter().params.lowStock ? 'low' : 'all')
  const [version, setVersion] = useState(0)
  const { t } = useLocale()
  useDidShow(() => {
    applyChrome('nav.adminProducts')
    setVersion((v) => v + 1)
  })
  const { state, loadMore } = usePagedList(`admin-products:${keyword}:${status}:${version}`, (page) =>
    callAction(
      'admin',
      'products.list',
      status === 'low' ? { lowStock: true, page, pageSize: 30 } : { keyword: keyword || undefined, status: status === 'all' ? undefined : status, page, pageSize: 30 },
    ),
  )
  const flip = async (id: string, next: 'on' | 'off') => {
    const r = await callAction('admin', 'products.setStatus', { id, status: next })
    void Taro.showToast({ title: r.ok ? t(next === 'on' ? 'admin.products.listed' : 'admin.products.unlisted') : describeErrorNow(r.error), icon: r.ok ? 'success' : 'none' })
    if (r.ok) setVersion((v) => v + 1)
  }

  if (state.status === 'failedFirst' && state.error) return <AdminFailure error={state.error} onRetry={loadMore} />
  return (
    <View className='adm' data-testid='admin-products'>
      <View className='adm__bar'>
        <Input className='adm__input' data-testid='admin-search' value={draft} placeholder={t('admin.products.search')} onInput={(e) => setDraft(e.detail.value)} onConfirm={() => setKeyword(draft.trim())} />
        <View className='adm__button' data-testid='admin-search-submit' onClick={() => setKeyword(draft.trim())}>
          <Text>{t('admin.search')}</Text>
        </View>
        <View className='adm__button' data-testid='admin-new-product' onClick={() => void Taro.navigateTo({ url: routes.adminProductEdit() })}>
          <Text>{t('admin.products.new')}</Text>
        </View>
      </View>
      <View className='adm__bar'>
        {STATUS_TABS.map((tab) => (
          <View key={tab.id} className={`adm__button ${tab.id === status ? '' : 'adm__button--ghost'}`} data-testid={`admin-status-${tab.id}`} onClick={() => setStatus(tab.id)}>
            <Text>{t(tab.label)}</Text>
          </View>
        ))}
        <View className='adm__button adm__button--ghost' onClick={() => void Taro.navigateTo({ url: routes.adminCategories() })}>
          <Text>{t('admin.products.categories')}</Text>
        </View>
        <View className='adm__button adm__button--ghost' onClick={() => void Taro.navigateTo({ url: routes.adminSettings() })}>
          <Text>{t('admin.products.settings')}</Text>
        </View>
      </View>
      {state.status === 'loadingFirst' || state.status === 'idle' ? <LoadingSkeleton variant='detail' /> : null}
      {state.items.map((p) => (
        <View key={p._id} className='adm__row' data-testid='admin-product-row' data-id={p._id} data-status={p.status}>
          <Image className='adm__thumb' src={p.cover} mode='aspectFill' lazyLoad />
          <View className='adm__grow'>
            <Text data-product-data>{p.title}</Text>
            <Text className='adm__muted'>
              {t('admin.products.row', { price: formatCny(p.priceFrom), stock: p.stock, sold: p.sold, status: t(p.status === 'on' ? 'admin.products.on' : 'admin.products.off') })}
            </Text>
          </View>
          <View className='adm__button adm__button--ghost' data-testid='admin-edit' onClick={() => void Taro.navigateTo({ url: routes.adminProductEdit(p._id) })}>
            <Text>{t('admin.products.edit')}</Text>
          </View>
          <View
            className={`adm__button ${p.status === 'on' ? 'adm__button--danger' : ''}`}
            data-testid='admin-toggle-status'
            onClick={() => void flip(p._id, p.status === 'on' ? 'off' : 'on')}
          >
            <Text>{p.status === 'on' ? t('admin.products.unlist') : t('admin.products.list')}</Text>
          </View>
        </View>
      ))}
      {state.hasMore && state.status === 'ready' ? (
        <View className='adm__button adm__button--ghost' onClick={() => void loadMore()}>
          <Text>{t('admin.loadMore')}</Text>
        </View>
      ) : null}
      {state.status === 'ready' && state.items.length === 0 ? <Text className='adm__muted'>{t('admin.products.empty')}</Text> : null}
    </View>
  )
}
