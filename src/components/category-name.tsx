import { Text } from '@tarojs/components'
import type { Category } from '@cloud/contracts/catalog'
import { useLocale } from '../state/locale'

/** A category's name in the UI language: the merchant gives each category a Chinese and an English name. */
export function CategoryName({ category, className }: { category: Category; className?: string }) {
  const { locale } = useLocale()
  return <Text className={className}>{locale === 'en' ? category.nameEn : category.name}</Text>
}
