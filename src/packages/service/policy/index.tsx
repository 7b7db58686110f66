import '@/i18n/all-messages'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { MessageKey } from '../../../i18n/dictionaries'
import { routes } from '../../../routes'
import { applyChrome, useLocale } from '../../../state/locale'
import '../_shared/service.scss'

const SECTIONS = ['7day', 'unique', 'postage', 'damage', 'nature', 'refund', 'restring'] as const

/** The after-sales policy, stated once and plainly: what can come back, who pays, what is natural. */
export default function ServicePolicyPage() {
  const { t } = useLocale()
  useDidShow(() => applyChrome('nav.servicePolicy'))
  return (
    <View data-testid='service-policy-page'>
      <View className='svc-panel'>
        <Text className='svc-panel__heading'>{t('policy.title')}</Text>
      </View>
      {SECTIONS.map((s) => (
        <View key={s} className='svc-panel' data-testid={`policy-${s}`}>
          <Text className='svc-panel__heading'>{t(`policy.${s}.title` as MessageKey)}</Text>
          <Text>{t(`policy.${s}.body` as MessageKey)}</Text>
        </View>
      ))}
      <View className='svc-panel'>
        <Text className='svc-panel__link' onClick={() => void Taro.navigateTo({ url: routes.serviceChat() })}>
          {t('faq.askAssistant')}
        </Text>
      </View>
    </View>
  )
}
