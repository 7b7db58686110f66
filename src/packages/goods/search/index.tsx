import Taro, { useDidShow, useReachBottom, useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Category } from '@cloud/contracts/catalog'
import { callAction } from '../../../api'
import { routes } from '../../../routes'
import { ProductGrid } from '../../../components'
import { CategoryName } from '../../../components/category-name'
import { Section } from '../../../components/section'
import { applyChrome, useLocale } from '../../../state/locale'
import { usePagedList } from '../../../state/usePagedList'
import { useRemote } from '../../../state/useRemote'
import { clearRecent, readRecent, rememberSearch } from './recent-searches'
import './index.scss'

const PAGE_SIZE = 20

/** Keyword search with recent and hot keywords; no results suggests categories instead. */
export default function SearchPage() {
  const { t } = useLocale()
  const initial = useRouter().params.keyword ?? ''
  const [draft, setDraft] = useState(decodeURIComponent(initial))
  const [keyword, setKeyword] = useState(decodeURIComponent(initial))
  const [recent, setRecent] = useState<string[]>(() => readRecent())
  const [suggestions, setSuggestions] = useState<Category[]>([])
  const hot = useRemote(() => callAction('shop', 'catalog.hotKeywords', {}), [])
  useDidShow(() => applyChrome('nav.search'))

  const { state, loadMore } = usePagedList(`search:${keyword}`, async (page) => {
    if (!keyword) return { ok: true as const, data: { items: [], page, pageSize: PAGE_SIZE, total: 0, hasMore: false } }
    const result = await callAction('shop', 'catalog.search', { keyword, page, pageSize: PAGE_SIZE })
    if (result.ok && page === 1) setSuggestions(result.data.suggestions)
    return result
  })
  useReachBottom(() => {
    if (state.status === 'ready') void loadMore()
  })
  const run = (k: string) => {
    const trimmed = k.trim()
    if (!trimmed) return
    setDraft(trimmed)
    setKeyword(trimmed)
    setRecent(rememberSearch(trimmed))
  }
  const chips = (words: string[], testId: string) => (
    <View className='jf-chip-row'>
      {words.map((w) => (
        <View key={w} className='jf-chip' data-testid={testId} onClick={() => run(w)}>
          <Text data-product-data>{w}</Text>
        </View>
      ))}
    </View>
  )

  return (
    <View className='search-page'>
      <View className='search-page__bar'>
        <Input
          className='search-page__input'
          data-testid='search-input'
          value={draft}
          focus={!initial}
          confirmType='search'
          placeholder={t('search.placeholder')}
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={(e) => run(e.detail.value)}
        />
        <View className='search-page__submit' data-testid='search-submit' onClick={() => run(draft)}>
          <Text>{t('search.submit')}</Text>
        </View>
      </View>

      {!keyword ? (
        <>
          {recent.length > 0 ? (
            <Section
              title={t('search.recent')}
              testId='recent-searches'
              extra={
                <Text className='search-page__clear' onClick={() => (clearRecent(), setRecent([]))}>
                  {t('search.clearRecent')}
                </Text>
              }
            >
              {chips(recent, 'recent-keyword')}
            </Section>
          ) : null}
          {hot.remote.status === 'ready' ? (
            <Section title={t('search.hot')} testId='hot-keywords'>
              {chips(hot.remote.data, 'hot-keyword')}
            </Section>
          ) : null}
        </>
      ) : state.status === 'ready' && state.items.length === 0 ? (
        <View className='search-page__none' data-testid='search-empty'>
          <Text className='search-page__none-title'>{t('search.noResult', { keyword })}</Text>
          <Section title={t('search.tryCategories')} testId='search-suggestions'>
            <View className='jf-chip-row'>
              {suggestions.map((c) => (
                <View
                  key={c._id}
                  className='jf-chip'
                  data-testid='suggested-category'
                  onClick={() => {
                    Taro.setStorageSync('jf.pendingCategory', c._id)
                    void Taro.switchTab({ url: '/pages/category/index' })
                  }}
                >
                  <CategoryName category={c} />
                </View>
              ))}
            </View>
          </Section>
        </View>
      ) : (
        <ProductGrid state={state} onLoadMore={loadMore} onOpen={(id) => void Taro.navigateTo({ url: routes.goodsDetail(id) })} emptyTitle={t('search.noResult', { keyword })} />
      )}
    </View>
  )
}
