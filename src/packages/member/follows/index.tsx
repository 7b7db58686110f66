import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { FollowTarget } from '@cloud/contracts/member'
import { callAction } from '../../../api'
import { ErrorState, LoadingSkeleton } from '../../../components'
import { applyChrome, describeErrorNow, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { askConsent } from '../subscribe-consent'
import '../member.scss'

/** Materials and tags the shopper follows; following asks for the new-arrival message consent (one message per consent). */
export default function FollowsPage() {
  const { t } = useLocale()
  const { remote, reload } = useRemote(() => callAction('shop', 'follows.list', {}), [])
  const [custom, setCustom] = useState('')
  const [busy, setBusy] = useState(false)
  useDidShow(() => applyChrome('nav.memberFollows'))

  const set = async (target: FollowTarget, following: boolean) => {
    if (busy) return
    setBusy(true)
    // Asked at the natural moment (the tap on follow): a one-time consent allows one message.
    const consent = following ? await askConsent('newArrival') : undefined
    const r = await callAction('shop', 'follows.set', { target, following, ...(consent ? { consent } : {}) })
    setBusy(false)
    if (!r.ok) {
      void Taro.showToast({ title: describeErrorNow(r.error), icon: 'none' })
      return
    }
    setCustom('')
    void reload()
  }

  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <ErrorState error={remote.error} onRetry={reload} />
  const followed = new Set(remote.data.items.map((f) => `${f.kind}:${f.value}`))
  return (
    <View className='member' data-testid='follows-page'>
      <View className='member__card'>
        <Text className='member__muted'>{t('follows.intro')}</Text>
        {remote.data.items.length === 0 ? <Text className='member__muted' data-testid='follows-empty'>{t('follows.empty')}</Text> : null}
        {remote.data.items.map((f) => (
          <View key={f._id} className='member__row' data-testid='follow-row'>
            <Text>
              {t(`follows.kind.${f.kind}`)} · {f.value}
            </Text>
            <Text className='member__chip' data-testid='follow-remove' onClick={() => void set({ kind: f.kind, value: f.value }, false)}>
              {t('follows.remove')}
            </Text>
          </View>
        ))}
      </View>
      <View className='member__card'>
        <Text className='member__muted'>{t('follows.suggestions')}</Text>
        <View className='member__chips'>
          {remote.data.suggestions.map((s) => {
            const on = followed.has(`material:${s}`)
            return (
              <Text key={s} className={`member__chip${on ? ' member__chip--on' : ''}`} data-testid={`follow-suggestion-${s}`} onClick={() => void set({ kind: 'material', value: s }, !on)}>
                {s}
              </Text>
            )
          })}
        </View>
        <View className='member__row'>
          <Input className='member__input' data-testid='follow-custom' value={custom} maxlength={20} placeholder={t('follows.customPlaceholder')} onInput={(e) => setCustom(e.detail.value)} />
          <Text className='member__chip' data-testid='follow-add' onClick={() => custom.trim() && void set({ kind: 'tag', value: custom.trim() }, true)}>
            {t('follows.add')}
          </Text>
        </View>
      </View>
    </View>
  )
}
