import { Text, View } from '@tarojs/components'
import { DISPLAY_CURRENCIES } from '@cloud/domain/currency'
import { useCurrency } from '../../state/currency'
import { useLocale } from '../../state/locale'
import { LanguageSwitch } from '../language-switch'
import '../section/index.scss'
import './index.scss'

/** Language and display-currency switches for the me page. Prices are always paid in CNY. */
export function PreferencesPanel() {
  const { t } = useLocale()
  const { currency, setCurrency } = useCurrency()
  return (
    <View className='jf-preferences' data-testid='preferences'>
      <View className='jf-preferences__row'>
        <Text className='jf-preferences__label'>{t('me.language')}</Text>
        <LanguageSwitch titleKey='nav.me' isTabPage />
      </View>
      <View className='jf-preferences__row'>
        <Text className='jf-preferences__label'>{t('me.currency')}</Text>
        <View className='jf-chip-row'>
          {DISPLAY_CURRENCIES.map((c) => (
            <View key={c} className={`jf-chip ${c === currency ? 'jf-chip--active' : ''}`} data-testid={`currency-${c}`} onClick={() => setCurrency(c)}>
              <Text>{c}</Text>
            </View>
          ))}
        </View>
      </View>
      <Text className='jf-preferences__note'>{t('me.currencyNote')}</Text>
    </View>
  )
}
