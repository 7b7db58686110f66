import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ClientError } from '../../api/result'
import '../page-state/index.scss'
import { useLocale } from '../../state/locale'

interface ErrorStateProps {
  error: ClientError
  onRetry?: () => void
  /** Overrides the heading, e.g. for FORBIDDEN where retrying will not help. */
  title?: string
}

/** A failed load: what went wrong in the server's words, and a retry button when retrying can help. */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const { t, message, error: describe } = useLocale()
  return (
    <View className='jf-page-state jf-page-state--error' data-testid='error-state' data-code={error.code}>
      <View className='jf-page-state__gem' />
      <Text className='jf-page-state__title'>{message(title ?? t('common.loadFailed'))}</Text>
      <Text className='jf-page-state__hint'>{describe(error)}</Text>
      {onRetry ? (
        <View className='jf-page-state__action'>
          <Button type='primary' size='small' data-testid='retry' onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
