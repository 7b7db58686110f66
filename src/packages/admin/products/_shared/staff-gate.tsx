import { EmptyState, ErrorState } from '../../../../components'
import { t } from '../../../../state/locale'
import type { ClientError } from '../../../../api/result'

/** A refused admin call: staff-only notice for shoppers, the error with retry otherwise. */
export function AdminFailure({ error, onRetry }: { error: ClientError; onRetry: () => void }) {
  if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') {
    return <EmptyState testId='staff-only' title={t('admin.staffOnly')} hint={t('admin.staffOnlyHint')} />
  }
  return <ErrorState error={error} onRetry={onRetry} />
}
