import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import { DEFAULT_SYNONYMS, formatSynonymLines, parseSynonymLines } from '@cloud/domain/search/synonyms'
import { callAction } from '../../../api'
import { LoadingSkeleton } from '../../../components'
import { applyChrome, describeErrorNow, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { AdminFailure } from '../products/_shared/staff-gate'
import '../products/_shared/admin.scss'
import './index.scss'

/**
 * The search synonym table, one group per line (= same stone, ≈ near). Saved whole; the server
 * validates it (a word in two groups is refused), audits it and every search index rebuilds with it.
 */
export default function AdminSearchSynonymsPage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.adminSearchSynonyms'))
  const table = useRemote(() => callAction('admin', 'search.synonyms', {}), [])
  const [text, setText] = useState('')
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (table.remote.status === 'ready') setText(formatSynonymLines(table.remote.data.groups))
  }, [table.remote])

  if (table.remote.status === 'failed') return <AdminFailure error={table.remote.error} onRetry={table.reload} />
  if (table.remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  const parsed = parseSynonymLines(text)
  const save = async () => {
    if (parsed.errors.length || saving) return
    setSaving(true)
    const r = await callAction('admin', 'search.setSynonyms', { groups: parsed.groups })
    setSaving(false)
    void Taro.showToast({ title: r.ok ? t('search.synonyms.saved', { groups: parsed.groups.length }) : describeErrorNow(r.error), icon: r.ok ? 'success' : 'none' })
    if (r.ok) void table.reload()
  }
  const { updatedAt } = table.remote.data
  return (
    <View className='adm' data-testid='admin-search-synonyms'>
      <Text className='adm__muted'>{t('search.synonyms.hint')}</Text>
      <Text className='adm__muted' data-testid='synonyms-status'>
        {updatedAt === null ? t('search.synonyms.default') : t('search.synonyms.updatedAt', { at: dayjs(updatedAt).format('YYYY-MM-DD HH:mm') })} ·{' '}
        {t('search.synonyms.groups', { groups: parsed.groups.length })}
      </Text>
      <Textarea
        className='adm__textarea synonyms__text'
        data-testid='synonyms-text'
        value={text}
        maxlength={8000}
        autoHeight
        onInput={(e) => setText(e.detail.value)}
      />
      {parsed.errors.map((e) => (
        <Text key={e.line} className='synonyms__error' data-testid='synonyms-error'>
          {t('search.synonyms.needTwo', { line: e.line })}
        </Text>
      ))}
      <View className='adm__bar synonyms__actions'>
        <View className='adm__button' data-testid='synonyms-save' data-disabled={parsed.errors.length > 0 || saving} onClick={() => void save()}>
          <Text>{t('search.synonyms.save')}</Text>
        </View>
        <View className='adm__button adm__button--ghost' data-testid='synonyms-reset' onClick={() => setText(formatSynonymLines(DEFAULT_SYNONYMS))}>
          <Text>{t('search.synonyms.reset')}</Text>
        </View>
      </View>
    </View>
  )
}
