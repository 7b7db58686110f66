import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { FaqListOutput } from '@cloud/contracts/service'
import { FAQ_CATEGORIES, type FaqCategory } from '@cloud/domain/service'
import { callAction } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../components'
import type { MessageKey } from '../../../i18n/dictionaries'
import { routes } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { filterFaq } from '../_shared/faq-filter'
import '../_shared/service.scss'

/** The merchant's FAQ by category, with a search box; the English version shows when the shopper reads English. */
export default function ServiceFaqPage() {
  const { t, locale } = useLocale()
  useDidShow(() => applyChrome('nav.serviceFaq'))
  const { remote, reload } = useRemote(() => callAction('shop', 'faq.list', {}), [])
  const [category, setCategory] = useState<FaqCategory | 'all'>('all')
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState<string | null>(null)
  const items = useMemo(() => (remote.status === 'ready' ? filterFaq(remote.data.items, category, query) : []), [remote, category, query])
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={() => void reload()} />
  const present = new Set(remote.data.items.map((i) => i.category))
  const english = locale === 'en'
  return (
    <View data-testid='service-faq-page'>
      <View className='svc-panel'>
        <Input className='svc-input' data-testid='faq-search' placeholder={t('faq.search')} value={query} onInput={(e) => setQuery(e.detail.value)} />
      </View>
      <View className='svc-chips'>
        {(['all', ...FAQ_CATEGORIES.filter((c) => present.has(c))] as const).map((c) => (
          <Text key={c} className={`svc-chips__chip${c === category ? ' svc-chips__chip--on' : ''}`} data-testid={`faq-cat-${c}`} onClick={() => setCategory(c)}>
            {c === 'all' ? t('faq.all') : t(`faq.category.${c}` as MessageKey)}
          </Text>
        ))}
      </View>
      {items.length === 0 ? (
        <EmptyState
          testId='faq-empty'
          title={t('faq.empty')}
          hint={t('faq.emptyHint')}
          action={<Text className='svc-panel__link' onClick={() => void Taro.navigateTo({ url: routes.serviceChat() })}>{t('faq.askAssistant')}</Text>}
        />
      ) : null}
      {items.map((item: FaqListOutput['items'][number]) => (
        <View key={item._id} className='svc-panel' data-testid='faq-item' onClick={() => setOpen(open === item._id ? null : item._id)}>
          <Text className='svc-panel__heading' data-product-data='faq-question'>
            {english && item.questionEn ? item.questionEn : item.question}
          </Text>
          {open === item._id ? <Text data-product-data='faq-answer'>{english && item.answerEn ? item.answerEn : item.answer}</Text> : null}
        </View>
      ))}
    </View>
  )
}
