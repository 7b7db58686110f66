import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { DEV_IDENTITIES, browserIdentityStore } from '../../../state/identity'
import { useLocale } from '../../../state/locale'

interface IdentitySwitcherProps {
  /** Called after the identity changed, so the page can reload as the new user. */
  onSwitched: (openid: string) => void
}

/**
 * H5 only: choose which simulated WeChat user the local cloud sees. The real app never shows this —
 * in WeChat the openid comes from the platform, not from the user.
 */
export function IdentitySwitcher({ onSwitched }: IdentitySwitcherProps) {
  const store = browserIdentityStore()
  const { t } = useLocale()
  const [current, setCurrent] = useState(store.read())
  return (
    <View className='identity-switcher' data-testid='identity-switcher'>
      <Text className='identity-switcher__label'>{t('me.devIdentity')}</Text>
      <View className='identity-switcher__options'>
        {DEV_IDENTITIES.map((identity) => (
          <View
            key={identity.openid}
            data-testid={`identity-${identity.openid}`}
            className={`identity-switcher__option ${identity.openid === current ? 'identity-switcher__option--active' : ''}`}
            onClick={() => {
              store.write(identity.openid)
              setCurrent(identity.openid)
              onSwitched(identity.openid)
            }}
          >
            <Text>{identity.openid === 'dev-owner' ? t('me.merchant') : identity.openid === 'shopper-demo' ? t('me.shopper') : identity.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
