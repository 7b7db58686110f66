import { Text, View } from '@tarojs/components'
import type { ClientError } from '../../api/result'
import './action-error.scss'

interface ActionErrorProps {
  error: ClientError | null
  /** A rewording of the server's message, e.g. naming the sold-out item. */
  message?: string
  onDismiss?: () => void
}

/** Why the last tap did not work, above the content it concerns; tapping it dismisses it. */
export function ActionError({ error, message, onDismiss }: ActionErrorProps) {
  if (!error) return null
  return (
    <View className='jf-action-error' data-testid='action-error' data-code={error.code} onClick={onDismiss}>
      <Text>{message ?? error.message}</Text>
    </View>
  )
}
