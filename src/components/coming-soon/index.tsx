import { EmptyState } from '../empty-state'

interface ComingSoonProps {
  /** Already in the current language, e.g. t('faq.comingSoon'). */
  title: string
  hint?: string
}

/** An honest placeholder for a page whose feature ships in a later release: no fake data. */
export function ComingSoon({ title, hint }: ComingSoonProps) {
  return <EmptyState title={title} hint={hint} testId='coming-soon' />
}
