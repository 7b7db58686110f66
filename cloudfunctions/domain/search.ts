/**
 * Keyword rules for catalogue search. Pure: the service turns these into database conditions.
 */

/** Collapses whitespace and drops characters that only make noise in a product search. */
export function normaliseKeyword(raw: string): string {
  return raw.replace(/[\s\u3000]+/g, ' ').trim().slice(0, 30)
}

/** A keyword as a literal regular-expression source: a shopper typing "(" must not break the query. */
export function keywordPattern(keyword: string): string {
  return normaliseKeyword(keyword).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** The product fields a keyword is matched against, as stored. */
export const SEARCH_FIELDS = ['title', 'tags', 'attrs.material', 'attrs.origin'] as const

/** Shown under the search box before the shopper types; the merchant can override them in settings. */
export const DEFAULT_HOT_KEYWORDS = ['紫水晶', '白水晶', '黄水晶', '海蓝宝', '碧玺', '月光石', '孤品'] as const

/** Most recent first, no duplicates, bounded: what the client keeps as "recent searches". */
export function pushRecent(recent: readonly string[], keyword: string, max = 10): string[] {
  const k = normaliseKeyword(keyword)
  if (!k) return [...recent]
  return [k, ...recent.filter((r) => r !== k)].slice(0, max)
}
