import { EmptyState, ErrorState } from '../../../../components'
import { t } from '../../../../state/locale'
import type { ClientError } from '../../../../api'

/**
 * How a merchant page fails: a shopper who deep-links here gets the staff-only notice (retrying
 * cannot help), anything else the error with a retry. The admin function decides who is staff.
 */
export function AdminLoadError({ error, onRetry }: { error: ClientError; onRetry: () => void }) {
  if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') {
    return <EmptyState testId='staff-only' title={t('admin.staffOnly')} hint={t('admin.staffOnlyHint')} />
  }
  return <ErrorState error={error} onRetry={onRetry} />
}
