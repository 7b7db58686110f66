import { Text, View } from '@tarojs/components'
import { DISPLAY_CURRENCIES } from '@cloud/domain/currency'
import { useCurrency } from '../../state/currency'
import { applyChrome, useLocale } from '../../state/locale'
import type { Locale } from '../../i18n/translate'
import '../section/index.scss'
import './index.scss'

/** Each language is named in itself, so a shopper who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' }

/** Language and display-currency switches for the me page. Prices are always paid in CNY. */
export function PreferencesPanel() {
  const { t, locale, setLocale } = useLocale()
  const { currency, setCurrency } = useCurrency()
  return (
    <View className='jf-preferences' data-testid='preferences'>
      <View className='jf-preferences__row'>
        <Text className='jf-preferences__label'>{t('me.language')}</Text>
        <View className='jf-chip-row'>
          {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((l) => (
            <View
              key={l}
              className={`jf-chip ${l === locale ? 'jf-chip--active' : ''}`}
              data-testid={`locale-${l}`}
              // the language's own name: the one place Chinese may appear in English mode
              data-product-data={l === 'zh-CN' ? 'language-name' : undefined}
              onClick={() => {
                setLocale(l)
                applyChrome('nav.me', true)
              }}
            >
              <Text>{LANGUAGE_NAMES[l]}</Text>
            </View>
          ))}
        </View>
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
