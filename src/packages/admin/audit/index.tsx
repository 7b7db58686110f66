import '@/i18n/all-messages'
import { useDidShow } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { AuditBrowseInput, AuditBrowseOutput } from '@cloud/contracts/console'
import type { Actor } from '@cloud/contracts/common'
import { shanghaiDateTime } from '../../../../cloudfunctions/domain/time'
import { callAction } from '../../../api'
import type { ClientError } from '../../../api'
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../components'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import '../home/index.scss'

type Filters = Pick<AuditBrowseInput, 'actor' | 'entity' | 'targetId' | 'action' | 'fromDay' | 'toDay'>
const FIELDS = [
  ['actor', 'console.audit.actor'],
  ['entity', 'console.audit.entity'],
  ['targetId', 'console.audit.target'],
  ['action', 'console.audit.action'],
  ['fromDay', 'console.audit.from'],
  ['toDay', 'console.audit.to'],
] as const

function who(actor: Actor): string {
  switch (actor.kind) {
    case 'staff':
      return `${actor.openid} (${actor.role})`
    case 'buyer':
      return actor.openid
    case 'system':
      return `system:${actor.job}`
    default:
      return actor.kind
  }
}

/** Owner only: every admin write — who, what, on which record, before → after — filtered. */
export default function AdminAuditPage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.adminAudit'))
  const [draft, setDraft] = useState<Filters>({})
  const [filters, setFilters] = useState<Filters>({})
  const [pages, setPages] = useState(1)
  const { remote, reload } = useRemote(async () => {
    const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Filters
    const out: AuditBrowseOutput['items'] = []
    let last: AuditBrowseOutput | null = null
    for (let page = 1; page <= pages; page++) {
      const r = await callAction('admin', 'console.audit', { ...clean, page, pageSize: 30 })
      if (!r.ok) return r
      out.push(...r.data.items)
      last = r.data
      if (!r.data.hasMore) break
    }
    return { ok: true as const, data: { ...last!, items: out } }
  }, [JSON.stringify(filters), pages])

  const failed = remote.status === 'failed' ? (remote.error as ClientError) : null
  if (failed && (failed.code === 'FORBIDDEN' || failed.code === 'UNAUTHENTICATED')) {
    return <EmptyState testId='owner-only' title={t('console.audit.ownerOnly')} hint={t('admin.staffOnlyHint')} />
  }
  return (
    <View className='dash' data-testid='admin-audit'>
      <View className='dash__card'>
        {FIELDS.map(([key, label]) => (
          <View key={key} className='dash__row'>
            <Input
              className='dash__input'
              data-testid={`audit-filter-${key}`}
              value={draft[key] ?? ''}
              placeholder={t(label)}
              onInput={(e) => setDraft({ ...draft, [key]: e.detail.value.trim() || undefined })}
            />
          </View>
        ))}
        <View className='dash__export'>
          <View
            className='dash__button'
            data-testid='audit-apply'
            onClick={() => {
              setPages(1)
              setFilters(draft)
            }}
          >
            <Text>{t('console.audit.apply')}</Text>
          </View>
          <View
            className='dash__button'
            data-testid='audit-clear'
            onClick={() => {
              setDraft({})
              setFilters({})
              setPages(1)
            }}
          >
            <Text>{t('console.audit.clear')}</Text>
          </View>
        </View>
      </View>
      {remote.status === 'loading' ? <LoadingSkeleton variant='detail' /> : null}
      {failed ? <ErrorState error={failed} onRetry={reload} /> : null}
      {remote.status === 'ready' ? (
        <View className='dash__card'>
          <Text className='dash__hint' data-testid='audit-total'>
            {t('console.audit.total', { total: remote.data.total })}
          </Text>
          {remote.data.items.length === 0 ? <EmptyState testId='audit-empty' title={t('console.audit.empty')} /> : null}
          {remote.data.items.map((e) => (
            <View key={e._id} className='dash__row' data-testid='audit-entry' data-action={e.action}>
              <View className='dash__row-name'>
                <Text className='dash__label'>
                  {shanghaiDateTime(e.at)} · {who(e.actor)}
                </Text>
                <Text> {e.action} · {e.targetId}</Text>
                <Text className='dash__label' data-product-data>
                  {' '}
                  {e.summary}
                </Text>
              </View>
            </View>
          ))}
          {remote.data.hasMore ? (
            <View className='dash__button' data-testid='audit-more' onClick={() => setPages((n) => n + 1)}>
              <Text>{t('console.audit.more')}</Text>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
