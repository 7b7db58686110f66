import { Text, View } from '@tarojs/components'
import type { ClientError } from '../../api/result'
import { useLocale } from '../../state/locale'
import './action-error.scss'

interface ActionErrorProps {
  error: ClientError | null
  /** A rewording of the server's message, e.g. naming the sold-out item. */
  message?: string
  onDismiss?: () => void
}

/** Why the last tap did not work, above the content it concerns; tapping it dismisses it. */
export function ActionError({ error, message, onDismiss }: ActionErrorProps) {
  // the server's key (or a client-made error's key) in the current language
  const locale = useLocale()
  if (!error) return null
  return (
    <View className='jf-action-error' data-testid='action-error' data-code={error.code} onClick={onDismiss}>
      <Text>{message ?? locale.error(error)}</Text>
    </View>
  )
}
