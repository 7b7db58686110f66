import { Text, View } from '@tarojs/components'
import { applyChrome, useLocale } from '../../state/locale'
import type { MessageKey } from '../../i18n/dictionaries'
import { LOCALES, type Locale } from '../../i18n/translate'
import '../section/index.scss'

/** Each language is named in itself, so a shopper who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' }

interface LanguageSwitchProps {
  /** The page's title key, re-applied in the new language right after the switch. */
  titleKey: MessageKey
  /** On a tab page the tab bar labels are re-applied too. */
  isTabPage?: boolean
}

/** One chip per language (test ids `locale-zh-CN`, `locale-en`), used on the me page and the merchant home. */
export function LanguageSwitch({ titleKey, isTabPage = false }: LanguageSwitchProps) {
  const { locale, setLocale } = useLocale()
  return (
    <View className='jf-chip-row'>
      {LOCALES.map((l) => (
        <View
          key={l}
          className={`jf-chip ${l === locale ? 'jf-chip--active' : ''}`}
          data-testid={`locale-${l}`}
          // the language's own name: the one place Chinese may appear in English mode
          data-product-data={l === 'zh-CN' ? 'language-name' : undefined}
          onClick={() => {
            setLocale(l)
            applyChrome(titleKey, isTabPage)
          }}
        >
          <Text>{LANGUAGE_NAMES[l]}</Text>
        </View>
      ))}
    </View>
  )
}
