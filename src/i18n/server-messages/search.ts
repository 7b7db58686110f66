/** Server keys of search: the synonym table's validation (search.setSynonyms). */
export const zhSearch = {
  'error.search.badTerm': '同义词不能含空格或 = ≈ ~',
  'error.search.needTwo': '每组同义词至少两个词',
  'error.search.duplicateTerm': '“{term}”出现在两组同义词里，请合并为一组',
} as const

export const enSearch: Record<keyof typeof zhSearch, string> = {
  'error.search.badTerm': 'A synonym cannot contain spaces or = ≈ ~',
  'error.search.needTwo': 'Each synonym group needs at least two words',
  'error.search.duplicateTerm': '“{term}” is in two synonym groups; merge them into one',
}
