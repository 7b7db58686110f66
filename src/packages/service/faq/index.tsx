import { ComingSoon } from '../../../components'
import { useLocale } from '../../../state/locale'

/** Ships in a later release; until then the page says what is coming instead of showing sample data. */
export default function ServiceFaqPage() {
  const { t } = useLocale()
  return <ComingSoon title={t('faq.comingSoon')} hint={t('faq.comingSoonHint')} />
}
