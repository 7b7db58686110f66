import { EmptyState, ErrorState } from '../../../../components'
import type { ClientError } from '../../../../api/result'

/** A refused admin call: staff-only notice for shoppers, the error with retry otherwise. */
export function AdminFailure({ error, onRetry }: { error: ClientError; onRetry: () => void }) {
  if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') {
    return <EmptyState testId='staff-only' title='仅限商家 / staff only' hint='此页面仅对店铺员工开放 / This page is for shop staff' />
  }
  return <ErrorState error={error} onRetry={onRetry} />
}
