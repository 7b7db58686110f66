import { ComingSoon } from '../../../components'
import { useLocale } from '../../../state/locale'

/** Ships in a later release; until then the page says what is coming instead of showing sample data. */
export default function MemberProfilePage() {
  const { t } = useLocale()
  return <ComingSoon title={t('profile.comingSoon')} hint={t('profile.comingSoonHint')} />
}
