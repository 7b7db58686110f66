import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { applyChrome, describeErrorNow, useLocale } from '../../../state/locale'
import { Input, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import { callAction } from '../../../api'
import { LoadingSkeleton } from '../../../components'
import { localActorLabel } from '../../../components/order-card/localised-labels'
import { useRemote } from '../../../state/useRemote'
import { AdminFailure } from '../products/_shared/staff-gate'
import '../products/_shared/admin.scss'

/** Display exchange rates (per 1 CNY) and the audit trail of admin writes. */
export default function AdminSettingsPage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.adminSettings'))
  const rates = useRemote(() => callAction('shop', 'settings.rates', {}), [])
  const audit = useRemote(() => callAction('admin', 'audit.list', { pageSize: 30 }), [])
  const [hkd, setHkd] = useState('')
  const [usd, setUsd] = useState('')
  useEffect(() => {
    if (rates.remote.status === 'ready') {
      setHkd(String(rates.remote.data.rates.HKD))
      setUsd(String(rates.remote.data.rates.USD))
    }
  }, [rates.remote])

  if (audit.remote.status === 'failed') return <AdminFailure error={audit.remote.error} onRetry={audit.reload} />
  // Never show empty inputs that would save 0 over the real rates: no form until they are known.
  if (rates.remote.status === 'failed') return <AdminFailure error={rates.remote.error} onRetry={rates.reload} />
  if (rates.remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  const save = async () => {
    const r = await callAction('admin', 'settings.setRates', { rates: { HKD: Number(hkd), USD: Number(usd) } })
    void Taro.showToast({ title: r.ok ? t('admin.saved') : describeErrorNow(r.error), icon: r.ok ? 'success' : 'none' })
    if (r.ok) {
      void rates.reload()
      void audit.reload()
    }
  }
  return (
    <View className='adm' data-testid='admin-settings'>
      <Text className='adm__label'>{t('admin.settings.rates')}</Text>
      <View className='adm__sku'>
        <Text>HKD</Text>
        <Input className='adm__input' data-testid='rate-HKD' type='digit' value={hkd} onInput={(e) => setHkd(e.detail.value)} />
        <Text>USD</Text>
        <Input className='adm__input' data-testid='rate-USD' type='digit' value={usd} onInput={(e) => setUsd(e.detail.value)} />
        <View className='adm__button' data-testid='save-rates' onClick={() => void save()}>
          <Text>{t('admin.save')}</Text>
        </View>
      </View>
      <Text className='adm__label'>{t('admin.settings.audit')}</Text>
      {audit.remote.status === 'loading' ? <LoadingSkeleton variant='detail' /> : null}
      {audit.remote.status === 'ready' && audit.remote.data.items.length === 0 ? (
        <Text className='adm__muted' data-testid='audit-empty'>
          {t('admin.settings.auditEmpty')}
        </Text>
      ) : null}
      {audit.remote.status === 'ready'
        ? audit.remote.data.items.map((e) => (
            <View key={e._id} className='adm__row' data-testid='audit-row'>
              <View className='adm__grow'>
                <Text>
                  {e.action} · {e.targetId}
                </Text>
                <Text className='adm__muted'>
                  {dayjs(e.at).format('YYYY-MM-DD HH:mm')} · {localActorLabel(t, e.actor)}{'openid' in e.actor ? ` · ${e.actor.openid}` : ''}
                </Text>
                <Text className='adm__muted'>{e.summary}</Text>
              </View>
            </View>
          ))
        : null}
    </View>
  )
}
