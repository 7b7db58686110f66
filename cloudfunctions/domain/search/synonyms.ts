/**
 * The synonym table the merchant edits: groups of names for the same stone (=) or for things a shopper
 * treats as interchangeable (≈, matched a little lower). One line per group in the admin page:
 * `粉晶 = 粉水晶 = 芙蓉石`, `手链 ≈ 手串`. Pure.
 */

export type SynonymKind = 'same' | 'near'

export interface SynonymGroup {
  kind: SynonymKind
  terms: string[]
}

/** The trade's names, seeded for a new shop; the merchant edits them from 搜索同义词. */
export const DEFAULT_SYNONYMS: readonly SynonymGroup[] = [
  { kind: 'same', terms: ['粉水晶', '粉晶', '芙蓉石', '蔷薇石英'] },
  { kind: 'same', terms: ['茶晶', '烟晶', '茶水晶', '烟水晶'] },
  { kind: 'near', terms: ['金发晶', '钛晶', '发晶'] },
  { kind: 'same', terms: ['紫水晶', '紫晶'] },
  { kind: 'same', terms: ['白水晶', '白晶'] },
  { kind: 'same', terms: ['黄水晶', '黄晶'] },
  { kind: 'same', terms: ['拉长石', '光谱石'] },
  { kind: 'same', terms: ['萤石', '氟石'] },
  { kind: 'same', terms: ['碧玺', '电气石'] },
  { kind: 'same', terms: ['海蓝宝', '海蓝宝石', '海蓝'] },
  { kind: 'same', terms: ['月光石', '月亮石'] },
  { kind: 'near', terms: ['黑曜石', '金曜石', '曜石'] },
  { kind: 'same', terms: ['绿幽灵', '幽灵水晶'] },
  { kind: 'near', terms: ['手串', '手链', '手环', '手珠'] },
  { kind: 'near', terms: ['吊坠', '项链', '挂件', '坠子'] },
  { kind: 'near', terms: ['摆件', '摆设', '原石'] },
  { kind: 'same', terms: ['晶簇', '水晶簇'] },
  { kind: 'near', terms: ['晶柱', '水晶柱', '单尖', '能量柱'] },
  { kind: 'near', terms: ['男士', '男款', '男生'] },
  { kind: 'near', terms: ['送礼', '礼物', '礼品'] },
  { kind: 'near', terms: ['文房', '文玩'] },
]

export const SYNONYM_LIMITS = { groups: 200, terms: 12, termLength: 12 } as const

const SEPARATOR = /\s*([=≈~＝])\s*/
/** Parses the admin page's text, one group per line; a line with ≈ or ~ anywhere is a near group. */
export function parseSynonymLines(text: string): { groups: SynonymGroup[]; errors: { line: number; key: string }[] } {
  const groups: SynonymGroup[] = []
  const errors: { line: number; key: string }[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (!line) return
    const near = /[≈~]/.test(line)
    const terms = line.split(SEPARATOR).filter((_part, j) => j % 2 === 0).map((t) => t.trim()).filter(Boolean)
    if (terms.length < 2) errors.push({ line: i + 1, key: 'error.search.needTwo' })
    else groups.push({ kind: near ? 'near' : 'same', terms: [...new Set(terms)] })
  })
  return { groups, errors }
}

export function formatSynonymLines(groups: readonly SynonymGroup[]): string {
  return groups.map((g) => g.terms.join(g.kind === 'near' ? ' ≈ ' : ' = ')).join('\n')
}

/** A term in two groups would make the table ambiguous; returns the first such term. */
export function duplicateTerm(groups: readonly SynonymGroup[]): string | null {
  const seen = new Set<string>()
  for (const g of groups) {
    for (const t of g.terms) {
      const k = t.normalize('NFKC').toLowerCase()
      if (seen.has(k)) return t
      seen.add(k)
    }
  }
  return null
}
