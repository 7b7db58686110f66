/**
 * UI text of search: suggestions while typing, corrections, the no-result panel (src/packages/goods/search)
 * and the merchant's synonym table (src/packages/admin/search-synonyms). Merged by dictionaries.ts.
 */
export const zhSearchMessages = {
  'nav.adminSearchSynonyms': '搜索同义词',
  'admin.link.searchSynonyms': '搜索同义词',
  'search.suggest.materials': '材质',
  'search.suggest.categories': '分类',
  'search.suggest.products': '宝贝',
  'search.corrected': '已按“{to}”为你搜索（你输入的是“{from}”）',
  'search.ignored': '“{words}”没有匹配，已忽略',
  'search.didYouMean': '你是不是要找：',
  'search.nearestMaterials': '相近的材质',
  'search.sizePicked': '已选 {size}',
  'search.synonyms.hint': '每行一组：= 表示同一种石头（粉晶 = 粉水晶 = 芙蓉石），≈ 表示相近、排序稍后（手链 ≈ 手串）。保存后下一次搜索即生效。',
  'search.synonyms.needTwo': '第 {line} 行至少要有两个词',
  'search.synonyms.save': '保存同义词',
  'search.synonyms.saved': '已保存，共 {groups} 组',
  'search.synonyms.reset': '恢复默认',
  'search.synonyms.default': '当前使用默认同义词表',
  'search.synonyms.updatedAt': '最近修改 {at}',
  'search.synonyms.groups': '{groups} 组',
} as const

export const enSearchMessages: Record<keyof typeof zhSearchMessages, string> = {
  'nav.adminSearchSynonyms': 'Search synonyms',
  'admin.link.searchSynonyms': 'Search synonyms',
  'search.suggest.materials': 'Materials',
  'search.suggest.categories': 'Categories',
  'search.suggest.products': 'Pieces',
  'search.corrected': 'Showing results for “{to}” (you typed “{from}”)',
  'search.ignored': '“{words}” matched nothing and was left out',
  'search.didYouMean': 'Did you mean:',
  'search.nearestMaterials': 'Similar materials',
  'search.sizePicked': '{size} selected',
  'search.synonyms.hint': 'One group per line: words joined by = name the same stone; words joined by ≈ are near ones, ranked a little lower. Used from the next search on.',
  'search.synonyms.needTwo': 'Line {line} needs at least two words',
  'search.synonyms.save': 'Save synonyms',
  'search.synonyms.saved': 'Saved, {groups} groups',
  'search.synonyms.reset': 'Restore defaults',
  'search.synonyms.default': 'Using the default synonym table',
  'search.synonyms.updatedAt': 'Last changed {at}',
  'search.synonyms.groups': '{groups} groups',
}
