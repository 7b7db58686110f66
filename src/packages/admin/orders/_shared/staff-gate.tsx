import { EmptyState, ErrorState } from '../../../../components'
import type { ClientError } from '../../../../api'

/**
 * How a merchant page fails: a shopper who deep-links here gets the staff-only notice (retrying
 * cannot help), anything else the error with a retry. The admin function decides who is staff.
 */
export function AdminLoadError({ error, onRetry }: { error: ClientError; onRetry: () => void }) {
  if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') {
    return <EmptyState testId='staff-only' title='仅限商家 / staff only' hint='此页面仅对店铺员工开放 / This page is for shop staff' />
  }
  return <ErrorState error={error} onRetry={onRetry} />
}
