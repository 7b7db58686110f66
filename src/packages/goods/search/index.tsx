import '@/i18n/all-messages'
import Taro, { useDidShow, useReachBottom, useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { CatalogSearchOutput } from '@cloud/contracts/catalog'
import type { CatalogSuggestOutput } from '@cloud/contracts/search'
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
/** Wait this long after the last keystroke before asking for suggestions. */
const SUGGEST_DELAY_MS = 250

type Extras = Pick<CatalogSearchOutput, 'suggestions' | 'corrections' | 'ignored' | 'didYouMean' | 'materials' | 'hot'>
const NO_EXTRAS: Extras = { suggestions: [], corrections: [], ignored: [], didYouMean: null, materials: [], hot: [] }

/**
 * Keyword search: suggestions while typing (materials, categories, pieces — Chinese, pinyin or initials),
 * recent and hot keywords, results with any miswriting correction said out loud, and when nothing
 * matches: did-you-mean, the nearest materials, hot searches and categories instead of a blank page.
 */
export default function SearchPage() {
  const { t } = useLocale()
  const initial = useRouter().params.keyword ?? ''
  const [draft, setDraft] = useState(decodeURIComponent(initial))
  const [keyword, setKeyword] = useState(decodeURIComponent(initial))
  const [recent, setRecent] = useState<string[]>(() => readRecent())
  const [extras, setExtras] = useState<Extras>(NO_EXTRAS)
  const [suggest, setSuggest] = useState<{ prefix: string; data: CatalogSuggestOutput } | null>(null)
  const hot = useRemote(() => callAction('shop', 'catalog.hotKeywords', {}), [])
  useDidShow(() => applyChrome('nav.search'))

  const typed = draft.trim()
  const typing = typed !== '' && typed !== keyword
  useEffect(() => {
    if (!typing) return
    let live = true
    const timer = setTimeout(() => {
      void callAction('shop', 'catalog.suggest', { prefix: typed }).then((r) => {
        if (live && r.ok) setSuggest({ prefix: typed, data: r.data })
      })
    }, SUGGEST_DELAY_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [typed, typing])

  const { state, loadMore } = usePagedList(`search:${keyword}`, async (page) => {
    if (!keyword) return { ok: true as const, data: { items: [], page, pageSize: PAGE_SIZE, total: 0, hasMore: false } }
    const result = await callAction('shop', 'catalog.search', { keyword, page, pageSize: PAGE_SIZE })
    if (result.ok && page === 1) {
      const { suggestions, corrections, ignored, didYouMean, materials, hot: hotWords } = result.data
      setExtras({ suggestions, corrections, ignored, didYouMean, materials, hot: hotWords })
    }
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
    setExtras(NO_EXTRAS)
    setRecent(rememberSearch(trimmed))
  }
  const openProduct = (id: string, skuId?: string) => void Taro.navigateTo({ url: routes.goodsDetail(id, skuId) })
  const openCategory = (categoryId: string) => {
    Taro.setStorageSync('jf.pendingCategory', categoryId)
    void Taro.switchTab({ url: '/pages/category/index' })
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
  const hotWords = hot.remote.status === 'ready' ? hot.remote.data : []
  const shownSuggest = typing && suggest && suggest.prefix === typed ? suggest.data : null

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

      {shownSuggest ? (
        <SuggestPanel data={shownSuggest} onWord={run} onCategory={openCategory} onProduct={openProduct} />
      ) : !keyword ? (
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
          {hotWords.length ? (
            <Section title={t('search.hot')} testId='hot-keywords'>
              {chips(hotWords, 'hot-keyword')}
            </Section>
          ) : null}
        </>
      ) : state.status === 'ready' && state.items.length === 0 ? (
        <View className='search-page__none' data-testid='search-empty'>
          <Text className='search-page__none-title'>{t('search.noResult', { keyword })}</Text>
          {extras.didYouMean ? (
            <View className='search-page__note'>
              <Text>{t('search.didYouMean')}</Text>
              <Text className='search-page__link' data-testid='did-you-mean' data-product-data onClick={() => run(extras.didYouMean!)}>
                {extras.didYouMean}
              </Text>
            </View>
          ) : null}
          {extras.materials.length ? (
            <Section title={t('search.nearestMaterials')} testId='nearest-materials'>
              {chips(extras.materials, 'nearest-material')}
            </Section>
          ) : null}
          {(extras.hot.length ? extras.hot : hotWords).length ? (
            <Section title={t('search.hot')} testId='empty-hot-keywords'>
              {chips(extras.hot.length ? extras.hot : hotWords, 'empty-hot-keyword')}
            </Section>
          ) : null}
          <Section title={t('search.tryCategories')} testId='search-suggestions'>
            <View className='jf-chip-row'>
              {extras.suggestions.map((c) => (
                <View key={c._id} className='jf-chip' data-testid='suggested-category' onClick={() => openCategory(c._id)}>
                  <CategoryName category={c} />
                </View>
              ))}
            </View>
          </Section>
        </View>
      ) : (
        <>
          {extras.corrections.map((c) => (
            <View key={c.from} className='search-page__note' data-testid='search-corrected'>
              <Text>{t('search.corrected', { from: c.from, to: c.to })}</Text>
            </View>
          ))}
          {extras.ignored.length && state.status === 'ready' ? (
            <View className='search-page__note' data-testid='search-ignored'>
              <Text>{t('search.ignored', { words: extras.ignored.join(' ') })}</Text>
            </View>
          ) : null}
          <ProductGrid
            state={state}
            onLoadMore={loadMore}
            onOpen={(id) => openProduct(id, state.items.find((p) => p._id === id)?.matchedSkuId)}
            emptyTitle={t('search.noResult', { keyword })}
          />
        </>
      )}
    </View>
  )
}

function SuggestPanel({
  data,
  onWord,
  onCategory,
  onProduct,
}: {
  data: CatalogSuggestOutput
  onWord: (w: string) => void
  onCategory: (id: string) => void
  onProduct: (id: string, skuId?: string) => void
}) {
  const { t } = useLocale()
  if (!data.materials.length && !data.categories.length && !data.products.length) return null
  return (
    <View className='search-page__suggest' data-testid='search-suggest'>
      {data.materials.length ? (
        <Section title={t('search.suggest.materials')} testId='suggest-materials'>
          <View className='jf-chip-row'>
            {data.materials.map((m) => (
              <View key={m} className='jf-chip' data-testid='suggest-material' onClick={() => onWord(m)}>
                <Text data-product-data>{m}</Text>
              </View>
            ))}
          </View>
        </Section>
      ) : null}
      {data.categories.length ? (
        <Section title={t('search.suggest.categories')} testId='suggest-categories'>
          <View className='jf-chip-row'>
            {data.categories.map((c) => (
              <View key={c._id} className='jf-chip' data-testid='suggest-category' onClick={() => onCategory(c._id)}>
                <CategoryName category={c} />
              </View>
            ))}
          </View>
        </Section>
      ) : null}
      {data.products.length ? (
        <Section title={t('search.suggest.products')} testId='suggest-products'>
          {data.products.map((p) => (
            <View key={p._id} className='search-page__suggest-row' data-testid='suggest-product' onClick={() => onProduct(p._id, p.matchedSkuId)}>
              <Text data-product-data>{p.title}</Text>
            </View>
          ))}
        </Section>
      ) : null}
    </View>
  )
}
