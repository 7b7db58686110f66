import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import type { StaffRedeemInviteOutput } from '@cloud/contracts/staff'
import { callAction, type ClientError } from '../../../api'
import { ActionError } from '../../../components/order-card'
import { routes } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import '../../admin/orders/_shared/admin.scss'

/**
 * Where a shopper types the one-time code the owner sent them. The server checks it (single use, 48 h)
 * and answers with the role; from then on the admin pages open for them.
 */
export default function MemberInvitePage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.memberInvite'))
  const [code, setCode] = useState('')
  const [working, setWorking] = useState(false)
  const [error, setError] = useState<ClientError | null>(null)
  const [joined, setJoined] = useState<StaffRedeemInviteOutput | null>(null)

  const submit = async () => {
    if (working || !code.trim()) return
    setWorking(true)
    setError(null)
    const result = await callAction('shop', 'staff.redeemInvite', { code: code.trim() })
    setWorking(false)
    if (result.ok) setJoined(result.data)
    else setError(result.error)
  }

  if (joined) {
    return (
      <View className='admin-panel' data-testid='invite-joined'>
        <Text className='admin-panel__heading' data-testid='invite-welcome'>{t('invite.welcome', { role: joined.role })}</Text>
        <View className='admin-panel__actions'>
          <Button type='primary' data-testid='invite-open-admin' onClick={() => void Taro.redirectTo({ url: routes.adminHome() })}>
            {t('invite.openAdmin')}
          </Button>
        </View>
      </View>
    )
  }
  return (
    <View className='admin-panel' data-testid='invite-redeem'>
      <Text className='admin-panel__heading'>{t('invite.title')}</Text>
      <Text className='admin-panel__muted'>{t('invite.hint')}</Text>
      <Input
        className='admin-panel__input'
        data-testid='invite-input'
        value={code}
        maxlength={40}
        placeholder={t('invite.placeholder')}
        onInput={(e) => setCode(e.detail.value)}
        onConfirm={() => void submit()}
      />
      <ActionError error={error} onDismiss={() => setError(null)} />
      <View className='admin-panel__actions'>
        <Button type='primary' loading={working} disabled={working || !code.trim()} data-testid='invite-submit' onClick={() => void submit()}>
          {t('invite.submit')}
        </Button>
      </View>
    </View>
  )
}
