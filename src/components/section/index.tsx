import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

interface SectionProps {
  title: string
  testId: string
  children: ReactNode
  extra?: ReactNode
}

/** A titled block of a page (home sections, search groups). */
export function Section({ title, testId, children, extra }: SectionProps) {
  return (
    <View className='jf-section' data-testid={testId}>
      <View className='jf-section__head'>
        <Text className='jf-section__title'>{title}</Text>
        {extra}
      </View>
      {children}
    </View>
  )
}
