import '@/i18n/all-messages'
import { useDidShow } from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { ContactSettings } from '@cloud/contracts/service'
import { callAction, type ClientError } from '../../../api'
import { LoadingSkeleton } from '../../../components'
import { ActionError } from '../../../components/order-card'
import { applyChrome, useLocale } from '../../../state/locale'
import { useRemote } from '../../../state/useRemote'
import { AdminLoadError } from '../orders/_shared/staff-gate'
import '../orders/_shared/admin.scss'

/** Contact channels shoppers see in the service centre, and the inbox's quick replies (owner / operator). */
export default function AdminServiceSettingsPage() {
  const { remote, reload } = useRemote(() => callAction('admin', 'service.settings', {}), [])
  useDidShow(() => applyChrome('nav.adminServiceSettings'))
  if (remote.status === 'loading') return <LoadingSkeleton variant='detail' />
  if (remote.status === 'failed') return <AdminLoadError error={remote.error} onRetry={() => void reload()} />
  return <Form initial={remote.data} />
}

function Form({ initial }: { initial: ContactSettings }) {
  const { t } = useLocale()
  const [form, setForm] = useState({ ...initial, templates: initial.replyTemplates.join('\n') })
  const [error, setError] = useState<ClientError | null>(null)
  const [saved, setSaved] = useState(false)
  const [working, setWorking] = useState(false)
  const save = async () => {
    if (working) return
    setWorking(true)
    setError(null)
    setSaved(false)
    const result = await callAction('admin', 'service.saveContact', {
      phone: form.phone.trim(),
      email: form.email.trim(),
      hours: form.hours.trim(),
      hoursEn: form.hoursEn.trim(),
      replyTemplates: form.templates.split('\n').map((l) => l.trim()).filter(Boolean),
    })
    setWorking(false)
    if (result.ok) setSaved(true)
    else setError(result.error)
  }
  const field = (key: 'phone' | 'email' | 'hours' | 'hoursEn', label: string) => (
    <View>
      <Text className='admin-panel__muted'>{label}</Text>
      <Input className='admin-panel__input' data-testid={`service-settings-${key}`} value={form[key]} onInput={(e) => setForm({ ...form, [key]: e.detail.value })} />
    </View>
  )
  return (
    <View className='admin-panel' data-testid='admin-service-settings'>
      {field('phone', t('admin.service.phone'))}
      {field('email', t('admin.service.email'))}
      {field('hours', t('admin.service.hours'))}
      {field('hoursEn', t('admin.service.hoursEn'))}
      <Text className='admin-panel__muted'>{t('admin.service.templates')}</Text>
      <Textarea className='admin-panel__input' maxlength={-1} value={form.templates} onInput={(e) => setForm({ ...form, templates: e.detail.value })} />
      {error ? <ActionError error={error} /> : null}
      {saved ? <Text className='admin-panel__muted'>{t('admin.service.saved')}</Text> : null}
      <View className='admin-panel__actions'>
        <Button type='primary' size='small' loading={working} data-testid='service-settings-save' onClick={() => void save()}>
          {t('admin.service.save')}
        </Button>
      </View>
    </View>
  )
}
