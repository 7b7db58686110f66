import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import '../page-state/index.scss'
import { useLocale } from '../../state/locale'

interface EmptyStateProps {
  title: string
  hint?: string
  action?: ReactNode
  testId?: string
}

/** Loaded, and there is nothing: says so plainly instead of showing a blank area. */
export function EmptyState({ title, hint, action, testId = 'empty-state' }: EmptyStateProps) {
  // a title may also be a message key or a server's message; message() shows it in the current language
  const { message } = useLocale()
  return (
    <View className='jf-page-state' data-testid={testId}>
      <View className='jf-page-state__gem' />
      <Text className='jf-page-state__title'>{message(title)}</Text>
      {hint ? <Text className='jf-page-state__hint'>{message(hint)}</Text> : null}
      {action ? <View className='jf-page-state__action'>{action}</View> : null}
    </View>
  )
}
