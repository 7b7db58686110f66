import type { FaqCategory, FaqListOutput } from '@cloud/contracts/service'

type Item = FaqListOutput['items'][number]

const norm = (s: string) => s.toLowerCase().replace(/[\s\p{P}]+/gu, '')

/**
 * The FAQ page's filter: a category, then every search character sequence found in the question or
 * answer (either language). Space-separated words must all match, so 退货 运费 finds the postage entry.
 */
export function filterFaq(items: readonly Item[], category: FaqCategory | 'all', query: string): Item[] {
  const words = query.split(/\s+/).map(norm).filter(Boolean)
  return items.filter((item) => {
    if (category !== 'all' && item.category !== category) return false
    if (!words.length) return true
    const text = norm([item.question, item.answer, item.questionEn ?? '', item.answerEn ?? ''].join(' '))
    return words.every((w) => text.includes(w))
  })
}
