/**
 * The catalogue search engine: an in-memory index built from the listed products, a tokenizer for what
 * shoppers type (Chinese without spaces, pinyin, initials, sizes, miswritings, the merchant's synonyms),
 * a matcher and a ranker. Pure: pinyin readings come in through `Phonetics`, products and categories as
 * data; the service decides when to rebuild.
 *
 * Matching: each field kind (title, material, …) of every product is one long string, so a word is found
 * in all products by a few native `indexOf` scans; what a word hits is remembered until the next rebuild.
 */
import type { Category, Product, ProductCard } from '../../contracts/catalog'
import { extractSizes, isHan, normaliseText, scriptRuns, sizesInName, stripNoise } from './text'
import { DEFAULT_SYNONYMS, type SynonymGroup } from './synonyms'
import { allowedDistance, editDistance, nearestWords, type Readings } from './typo'

export interface Phonetics {
  /** Toneless syllables of a word, one per character, read in context (紫水晶 → zi shui jing). */
  syllables(word: string): string[]
  /** Every toneless reading of one character. */
  readings: Readings
}

/** Field kinds in the order of how much a hit there says about the product. */
export const FIELDS = ['title', 'material', 'tags', 'category', 'origin', 'skus', 'subtitle', 'meanings', 'description'] as const
export type Field = (typeof FIELDS)[number]
export const FIELD_WEIGHT: Record<Field, number> = { title: 10, material: 9, tags: 7, category: 6, origin: 6, skus: 5, subtitle: 4, meanings: 4, description: 1 }
const WEIGHTS = FIELDS.map((f) => FIELD_WEIGHT[f])
/** The opening of a description says what the piece is; the rest is the material's general story. */
const DESCRIPTION_CHARS = 240
const SEP = '\u0000'
const MEMO_LIMIT = 4000
const RANK_MEMO_LIMIT = 500
/** Weight of a near synonym (手链 for 手串) and of a corrected miswriting, relative to the word typed. */
const NEAR = 0.7
const CORRECTED = 0.9

/** Words of the trade a shopper types that may not be any product's tag (水晶 is in most titles). */
const TRADE_WORDS = ['水晶', '天然', '原石', '标本', '饰品', '手工']

type WordKind = 'material' | 'category' | 'tag' | 'origin' | 'synonym' | 'sku'

interface IndexedDoc {
  card: ProductCard
  createdAt: number
  titleKey: string
  sizeMm?: number
  /** SKUs that state a size (bead diameter or a name like 8mm), in SKU order. */
  sized: { mm: number; skuId: string; stock: number }[]
}

export type IndexedProduct = Pick<Product, '_id' | 'title' | 'categoryId' | 'tags' | 'attrs' | 'skus' | 'priceFrom' | 'stock' | 'sold' | 'unique' | 'status' | 'createdAt' | 'media'> &
  Partial<Pick<Product, 'subtitle' | 'description'>> & { meanings?: readonly string[] }

export interface SearchIndex {
  docs: IndexedDoc[]
  /** Per field kind: every product's text, separated by NUL, and where each product's text starts. */
  text: string[]
  starts: Int32Array[]
  words: Map<string, { kinds: Set<WordKind>; docs: number }>
  maxWordLength: number
  synonyms: Map<string, { group: SynonymGroup }>
  pinyin: Map<string, string[]>
  initials: Map<string, string[]>
  categories: Category[]
  phonetics: Phonetics
  memo: Map<string, Map<number, number>>
  termMemo: Map<string, TermHits>
  rankMemo: Map<string, Ranked>
}

const titleKeyOf = (title: string) => stripNoise(normaliseText(title.replace(/[（(][^）)]*[）)]/g, ''))).replace(/ /g, '')

export function buildSearchIndex(products: readonly IndexedProduct[], categories: readonly Category[], synonymGroups: readonly SynonymGroup[] = DEFAULT_SYNONYMS, phonetics: Phonetics): SearchIndex {
  const categoryById = new Map(categories.map((c) => [c._id, c]))
  const parts: string[][] = FIELDS.map(() => [])
  const starts = FIELDS.map(() => new Int32Array(products.length + 1))
  const offsets = FIELDS.map(() => 0)
  const words = new Map<string, { kinds: Set<WordKind>; docs: number }>()
  const addWord = (raw: string, kind: WordKind, countDoc: boolean) => {
    const w = stripNoise(normaliseText(raw)).replace(/ /g, '')
    if ([...w].length < 2 || !/\p{Script=Han}/u.test(w)) return
    const entry = words.get(w) ?? { kinds: new Set<WordKind>(), docs: 0 }
    entry.kinds.add(kind)
    if (countDoc) entry.docs++
    words.set(w, entry)
  }
  const docs: IndexedDoc[] = products.map((p, i) => {
    const category = categoryById.get(p.categoryId)
    const fieldText: Record<Field, string> = {
      title: p.title,
      material: p.attrs.material,
      tags: p.tags.join(' '),
      category: category ? `${category.name} ${category.nameEn}` : '',
      origin: p.attrs.origin,
      skus: p.skus.map((s) => s.name).join(' '),
      subtitle: p.subtitle ?? '',
      meanings: (p.meanings ?? []).join(' '),
      description: (p.description ?? '').slice(0, DESCRIPTION_CHARS),
    }
    FIELDS.forEach((f, k) => {
      const t = normaliseText(fieldText[f]) + SEP
      starts[k][i] = offsets[k]
      offsets[k] += t.length
      parts[k].push(t)
    })
    addWord(p.attrs.material, 'material', true)
    addWord(p.attrs.origin, 'origin', true)
    for (const tag of p.tags) addWord(tag, 'tag', true)
    for (const s of p.skus) addWord(s.name, 'sku', false)
    const sized: IndexedDoc['sized'] = []
    for (const s of p.skus) {
      const mm = s.beadMm ?? sizesInName(s.name)[0]
      if (mm !== undefined) sized.push({ mm, skuId: s.skuId, stock: s.stock })
    }
    return {
      card: {
        _id: p._id,
        title: p.title,
        priceFrom: p.priceFrom,
        stock: p.stock,
        sold: p.sold,
        unique: p.unique,
        status: p.status,
        categoryId: p.categoryId,
        tags: p.tags,
        cover: p.media.images[0] ?? '',
        material: p.attrs.material,
      },
      createdAt: p.createdAt,
      titleKey: titleKeyOf(p.title),
      sizeMm: p.attrs.sizeMm,
      sized,
    }
  })
  FIELDS.forEach((_, k) => (starts[k][products.length] = offsets[k]))
  for (const c of categories) addWord(c.name, 'category', false)
  for (const w of TRADE_WORDS) addWord(w, 'synonym', false)
  const synonyms = new Map<string, { group: SynonymGroup }>()
  for (const g of synonymGroups) {
    const group = { kind: g.kind, terms: g.terms.map((t) => stripNoise(normaliseText(t)).replace(/ /g, '')).filter(Boolean) }
    for (const t of group.terms) {
      synonyms.set(t, { group })
      addWord(t, 'synonym', false)
    }
  }
  const pinyin = new Map<string, string[]>()
  const initials = new Map<string, string[]>()
  let maxWordLength = 2
  for (const w of words.keys()) {
    maxWordLength = Math.max(maxWordLength, [...w].length)
    if (![...w].every(isHan)) continue
    const syllables = phonetics.syllables(w)
    if (syllables.length !== [...w].length) continue
    const push = (m: Map<string, string[]>, key: string) => m.set(key, [...(m.get(key) ?? []), w])
    push(pinyin, syllables.join(''))
    if (syllables.length >= 2) push(initials, syllables.map((s) => s[0]).join(''))
  }
  return {
    docs,
    text: parts.map((p) => p.join('')),
    starts,
    words,
    maxWordLength,
    synonyms,
    pinyin,
    initials,
    categories: [...categories],
    phonetics,
    memo: new Map(),
    termMemo: new Map(),
    rankMemo: new Map(),
  }
}

/** Which products hold `needle` in which field: product index → best field weight (+ a little for each further field). */
function postings(index: SearchIndex, needle: string): Map<number, number> {
  const cached = index.memo.get(needle)
  if (cached) return cached
  const hits = new Map<number, number>()
  if (needle) {
    index.text.forEach((text, k) => {
      const starts = index.starts[k]
      let from = 0
      for (;;) {
        const at = text.indexOf(needle, from)
        if (at < 0) break
        // the product whose text holds position `at`: last start ≤ at
        let lo = 0
        let hi = starts.length - 2
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1
          if (starts[mid] <= at) lo = mid
          else hi = mid - 1
        }
        const before = hits.get(lo)
        hits.set(lo, before === undefined ? WEIGHTS[k] : Math.max(before, WEIGHTS[k]) + Math.min(before, WEIGHTS[k]) * 0.05)
        from = starts[lo + 1]
      }
    })
  }
  if (index.memo.size >= MEMO_LIMIT) index.memo.clear()
  index.memo.set(needle, hits)
  return hits
}

// ---- the query -------------------------------------------------------------------------------

export interface Alternative {
  text: string
  weight: number
}

export interface QueryTerm {
  /** As the shopper typed it (after normalising). */
  typed: string
  kind: 'word' | 'unknown' | 'pinyin' | 'literal'
  alternatives: Alternative[]
}

export interface ParsedQuery {
  normalised: string
  terms: QueryTerm[]
  sizes: number[]
}

const STOP = new Set(['的', '和', '与', '及', '或', '款', '个'])

function withSynonyms(index: SearchIndex, word: string, weight: number): Alternative[] {
  const out: Alternative[] = [{ text: word, weight }]
  const entry = index.synonyms.get(word)
  if (entry) {
    for (const t of entry.group.terms) if (t !== word) out.push({ text: t, weight: weight * (entry.group.kind === 'same' ? 1 : NEAR) })
  }
  return out
}

function mergeAlternatives(list: Alternative[]): Alternative[] {
  const best = new Map<string, number>()
  for (const a of list) best.set(a.text, Math.max(best.get(a.text) ?? 0, a.weight))
  return [...best].map(([text, weight]) => ({ text, weight }))
}

/** Forward maximum matching over the catalogue's words; characters no word covers are kept together. */
function segmentHan(index: SearchIndex, run: string): QueryTerm[] {
  const chars = [...run]
  const terms: QueryTerm[] = []
  let unknown = ''
  const flush = () => {
    const u = [...unknown].filter((c) => !STOP.has(c)).join('')
    if (u) terms.push({ typed: u, kind: 'unknown', alternatives: [{ text: u, weight: 1 }] })
    unknown = ''
  }
  let i = 0
  while (i < chars.length) {
    let matched = ''
    for (let len = Math.min(index.maxWordLength, chars.length - i); len >= 2; len--) {
      const w = chars.slice(i, i + len).join('')
      if (index.words.has(w)) {
        matched = w
        break
      }
    }
    if (matched) {
      flush()
      terms.push({ typed: matched, kind: 'word', alternatives: withSynonyms(index, matched, 1) })
      i += [...matched].length
    } else {
      unknown += chars[i]
      i++
    }
  }
  flush()
  return terms
}

/** zishuijing, zsj, zishuijingshouchuan → the catalogue words they spell; null when they spell none. */
function segmentPinyin(index: SearchIndex, run: string): QueryTerm[] | null {
  const whole = index.pinyin.get(run) ?? index.initials.get(run)
  if (whole) return [{ typed: run, kind: 'pinyin', alternatives: mergeAlternatives(whole.flatMap((w) => withSynonyms(index, w, 1))) }]
  const terms: QueryTerm[] = []
  let i = 0
  while (i < run.length) {
    let found = ''
    for (let len = run.length - i; len >= 2; len--) {
      if (index.pinyin.has(run.slice(i, i + len))) {
        found = run.slice(i, i + len)
        break
      }
    }
    if (!found) return null
    terms.push({ typed: found, kind: 'pinyin', alternatives: mergeAlternatives(index.pinyin.get(found)!.flatMap((w) => withSynonyms(index, w, 1))) })
    i += found.length
  }
  return terms
}

export function parseQuery(index: SearchIndex, raw: string): ParsedQuery {
  const normalised = normaliseText(raw).slice(0, 60)
  const { sizes, rest } = extractSizes(normalised)
  const terms: QueryTerm[] = []
  for (const chunk of stripNoise(rest).split(' ').filter(Boolean)) {
    for (const run of scriptRuns(chunk)) {
      if (run.kind === 'han') terms.push(...segmentHan(index, run.text))
      else if (run.kind === 'latin') terms.push(...(segmentPinyin(index, run.text) ?? [{ typed: run.text, kind: 'literal' as const, alternatives: [{ text: run.text, weight: 1 }] }]))
      else terms.push({ typed: run.text, kind: 'literal', alternatives: [{ text: run.text, weight: 1 }] })
    }
  }
  const seen = new Set<string>()
  return { normalised, sizes, terms: terms.filter((t) => (seen.has(t.typed) ? false : (seen.add(t.typed), true))) }
}

// ---- matching and ranking --------------------------------------------------------------------

export type SearchSort = 'relevance' | 'newest' | 'priceAsc' | 'priceDesc' | 'sales'

export interface SearchFilters {
  categoryId?: string
  material?: string
  priceMin?: number
  priceMax?: number
  sizeMin?: number
  sizeMax?: number
  inStock?: boolean
}

export interface SearchRequest extends SearchFilters {
  keyword: string
  sort: SearchSort
  page: number
  pageSize: number
}

export interface SearchHit {
  card: ProductCard
  /** The SKU of the size the shopper asked for (8mm 手串 → the 8 mm SKU), to pre-select it. */
  matchedSkuId?: string
  score: number
}

export interface SearchResult {
  hits: SearchHit[]
  total: number
  /** Miswritings taken for a catalogue word: 海兰宝 → 海蓝宝. */
  corrections: { from: string; to: string }[]
  /** Words that matched nothing and were left out (the rest of the query still counts). */
  ignored: string[]
}

/** What one query term hits: product indexes and the weight of each hit, kept until the next rebuild. */
interface TermHits {
  docs: Int32Array
  weights: Float64Array
  skuIds?: (string | undefined)[]
}

function termHits(index: SearchIndex, alternatives: readonly Alternative[]): TermHits {
  const key = `t\u0001${alternatives.map((a) => `${a.text}\u0002${a.weight}`).join('\u0001')}`
  const cached = index.termMemo.get(key)
  if (cached) return cached
  const best = new Map<number, number>()
  for (const a of alternatives) {
    for (const [doc, w] of postings(index, a.text)) {
      const v = w * a.weight
      const before = best.get(doc)
      if (before === undefined || v > before) best.set(doc, v)
    }
  }
  const hits: TermHits = { docs: Int32Array.from(best.keys()), weights: Float64Array.from(best.values()) }
  if (index.termMemo.size >= MEMO_LIMIT) index.termMemo.clear()
  index.termMemo.set(key, hits)
  return hits
}

function sizeHits(index: SearchIndex, mm: number): TermHits {
  const key = `s\u0001${mm}`
  const cached = index.termMemo.get(key)
  if (cached) return cached
  const docs: number[] = []
  const weights: number[] = []
  const skuIds: (string | undefined)[] = []
  index.docs.forEach((d, i) => {
    const skus = d.sized.filter((s) => s.mm === mm)
    if (skus.length) {
      docs.push(i)
      weights.push(FIELD_WEIGHT.skus)
      skuIds.push((skus.find((s) => s.stock > 0) ?? skus[0]).skuId)
    } else if (d.sizeMm === mm) {
      docs.push(i)
      weights.push(3)
      skuIds.push(undefined)
    }
  })
  const hits: TermHits = { docs: Int32Array.from(docs), weights: Float64Array.from(weights), skuIds }
  index.termMemo.set(key, hits)
  return hits
}

/** A miswritten word → catalogue words within a homophone-aware edit distance; pinyin → the nearest spelling. */
function correct(index: SearchIndex, term: QueryTerm): string[] {
  if (term.kind === 'unknown' || term.kind === 'word') return nearestWords(term.typed, index.words.keys(), index.phonetics.readings, 2).map((n) => n.word)
  if (term.kind === 'literal' && /^[a-z]{4,}$/.test(term.typed)) {
    const allowed = term.typed.length >= 8 ? 2 : 1
    const near = [...index.pinyin.keys()]
      .map((k) => ({ k, d: editDistance(term.typed, k, () => []) }))
      .filter((x) => x.d <= allowed)
      .sort((a, b) => a.d - b.d)
    // a prefix of a spelling (zishui…) counts as that word too
    const prefixed = near.length ? [] : [...index.pinyin.keys()].filter((k) => k.startsWith(term.typed))
    return [...near.map((x) => x.k), ...prefixed].slice(0, 2).flatMap((k) => index.pinyin.get(k) ?? [])
  }
  return []
}

function passes(d: IndexedDoc, f: SearchFilters): boolean {
  const c = d.card
  if (c.status !== 'on') return false
  if (f.categoryId && c.categoryId !== f.categoryId) return false
  if (f.material && c.material !== f.material) return false
  if (f.priceMin !== undefined && c.priceFrom < f.priceMin) return false
  if (f.priceMax !== undefined && c.priceFrom > f.priceMax) return false
  if (f.sizeMin !== undefined && !(d.sizeMm !== undefined && d.sizeMm >= f.sizeMin)) return false
  if (f.sizeMax !== undefined && !(d.sizeMm !== undefined && d.sizeMm <= f.sizeMax)) return false
  if (f.inStock && c.stock <= 0) return false
  return true
}

/** Numeric sort keys per landed sort (larger first), so ranking is one pass over numbers. */
const SORT_KEY: Record<Exclude<SearchSort, 'relevance'>, (d: IndexedDoc) => number> = {
  newest: (d) => d.createdAt,
  priceAsc: (d) => -d.card.priceFrom,
  priceDesc: (d) => d.card.priceFrom,
  sales: (d) => d.card.sold,
}

interface Ranked {
  /** Product indexes, best first. */
  order: Int32Array
  skuOf: Map<number, string>
  scoreOf: Float64Array
  corrections: SearchResult['corrections']
  ignored: string[]
}

/** Matches and ranks a query; the ranking is remembered (per query, filters and sort) until the next rebuild, so paging is a slice. */
function rank(index: SearchIndex, req: Omit<SearchRequest, 'page' | 'pageSize'>): Ranked {
  const memoKey = JSON.stringify([normaliseText(req.keyword), req.sort, req.categoryId, req.material, req.priceMin, req.priceMax, req.sizeMin, req.sizeMax, req.inStock])
  const cached = index.rankMemo.get(memoKey)
  if (cached) return cached
  const q = parseQuery(index, req.keyword)
  const corrections: SearchResult['corrections'] = []
  const ignored: string[] = []
  const live: TermHits[] = []
  const queue = [...q.terms]
  while (queue.length) {
    const term = queue.shift()!
    let hits = termHits(index, term.alternatives)
    if (hits.docs.length === 0) {
      const fixes = correct(index, term)
      if (fixes.length) {
        hits = termHits(index, mergeAlternatives(fixes.flatMap((w) => withSynonyms(index, w, CORRECTED))))
        if (hits.docs.length) corrections.push({ from: term.typed, to: fixes[0] })
      }
    }
    const chars = [...term.typed]
    if (hits.docs.length === 0 && term.kind === 'unknown' && chars.length >= 4) {
      // words the catalogue does not know (东海水晶): try them two characters at a time
      for (let i = 0; i < chars.length; i += 2) {
        const piece = chars.slice(i, chars.length - i === 3 ? i + 3 : i + 2).join('')
        if (chars.length - i === 3) i++
        queue.unshift({ typed: piece, kind: 'literal', alternatives: withSynonyms(index, piece, 1) })
      }
      continue
    }
    if (hits.docs.length === 0) ignored.push(term.typed)
    else live.push(hits)
  }
  for (const mm of q.sizes) {
    const hits = sizeHits(index, mm)
    if (hits.docs.length === 0) ignored.push(`${mm}mm`)
    else live.push(hits)
  }
  const n = index.docs.length
  const matched = new Uint8Array(n)
  const weak = new Uint8Array(n)
  const score = new Float64Array(n)
  const skuOf = new Map<number, string>()
  const touched: number[] = []
  for (const hits of live) {
    const { docs, weights, skuIds } = hits
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k]
      if (matched[d] === 0) touched.push(d)
      matched[d]++
      score[d] += weights[k]
      if (weights[k] < 2) weak[d] = 1
      const sku = skuIds?.[k]
      if (sku && !skuOf.has(d)) skuOf.set(d, sku)
    }
  }
  let best = 0
  let candidates: number[] = []
  for (const d of touched) {
    if (matched[d] < best || !passes(index.docs[d], req)) continue
    if (matched[d] > best) {
      best = matched[d]
      candidates = []
    }
    candidates.push(d)
  }
  const phrase = q.normalised.replace(/ /g, '')
  const keys = new Float64Array(n)
  const docs = index.docs
  for (const d of candidates) {
    const doc = docs[d]
    if (req.sort !== 'relevance') {
      keys[d] = SORT_KEY[req.sort](doc)
      continue
    }
    const exact = doc.titleKey === phrase
    if (!exact && phrase.length >= 2 && doc.titleKey.includes(phrase)) score[d] += 6
    // exact title, then strong (no term found only in a description), then in stock, then score, then sales
    keys[d] =
      (exact ? 8e12 : 0) + (weak[d] ? 0 : 4e12) + (doc.card.stock > 0 ? 2e12 : 0) + Math.min(Math.round(score[d] * 100), 999_999) * 1e6 + Math.min(doc.card.sold, 999_999)
  }
  const order = Int32Array.from(candidates).sort((a, b) => keys[b] - keys[a] || (docs[a].card._id < docs[b].card._id ? -1 : 1))
  const ranked: Ranked = { order, skuOf, scoreOf: score, corrections, ignored }
  if (index.rankMemo.size >= RANK_MEMO_LIMIT) index.rankMemo.clear()
  index.rankMemo.set(memoKey, ranked)
  return ranked
}

export function search(index: SearchIndex, req: SearchRequest): SearchResult {
  const ranked = rank(index, req)
  const from = (req.page - 1) * req.pageSize
  const page = Array.from(ranked.order.subarray(Math.min(from, ranked.order.length), Math.min(from + req.pageSize, ranked.order.length)))
  return {
    hits: page.map((d) => ({ card: index.docs[d].card, matchedSkuId: ranked.skuOf.get(d), score: Math.round(ranked.scoreOf[d] * 100) / 100 })),
    total: ranked.order.length,
    corrections: ranked.corrections,
    ignored: ranked.ignored,
  }
}

// ---- no dead ends ----------------------------------------------------------------------------

const wordsOfKind = (index: SearchIndex, kind: WordKind) => [...index.words].filter(([, e]) => e.kinds.has(kind))

/** For a search that found nothing: one catalogue word the shopper probably meant, if any is near enough. */
export function didYouMean(index: SearchIndex, keyword: string): string | null {
  const typed = stripNoise(normaliseText(keyword)).replace(/ /g, '')
  if (!typed) return null
  if (/^[a-z]+$/.test(typed)) {
    const near = [...index.pinyin.keys()].map((k) => ({ k, d: editDistance(typed, k, () => []) })).filter((x) => x.d <= Math.max(1, Math.floor(typed.length / 4))).sort((a, b) => a.d - b.d)[0]
    return near ? index.pinyin.get(near.k)![0] : null
  }
  const [near] = nearestWords(typed, [...index.words.keys()].filter((w) => index.words.get(w)!.docs > 0), index.phonetics.readings, 1, allowedDistance([...typed].length) + 1)
  return near?.word ?? null
}

/** Materials nearest to what was typed (sharing characters or sounds), else the shop's most stocked ones. */
export function nearestMaterials(index: SearchIndex, keyword: string, limit = 5): string[] {
  const typed = [...stripNoise(normaliseText(keyword)).replace(/ /g, '')]
  const materials = wordsOfKind(index, 'material')
  const readingsOf = (ch: string) => index.phonetics.readings(ch)
  const closeness = (w: string) => {
    // the first character is the one that tells stones apart (粉…, 紫…, 海…)
    let shared = typed[0] === [...w][0] ? 0.5 : 0
    for (const ch of new Set([...w])) {
      if (typed.includes(ch)) shared += 1
      else if (typed.some((t) => readingsOf(t).some((r) => readingsOf(ch).includes(r)))) shared += 0.6
    }
    return shared
  }
  return materials
    .map(([w, e]) => ({ w, c: closeness(w), docs: e.docs }))
    .sort((a, b) => b.c - a.c || b.docs - a.docs || (a.w < b.w ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.w)
}

export interface Suggestions {
  materials: string[]
  categories: Category[]
  products: { _id: string; title: string; matchedSkuId?: string }[]
}

/** While typing: materials, categories and products the text so far (Chinese, pinyin or initials) points at. */
export function suggest(index: SearchIndex, prefix: string, limit = 5): Suggestions {
  const typed = stripNoise(normaliseText(prefix)).replace(/ /g, '')
  if (!typed) return { materials: [], categories: [], products: [] }
  const latin = /^[a-z]+$/.test(typed)
  const pinyinOf = new Map<string, string>()
  const initialsOf = new Map<string, string>()
  if (latin) {
    for (const [k, ws] of index.pinyin) for (const w of ws) pinyinOf.set(w, k)
    for (const [k, ws] of index.initials) for (const w of ws) initialsOf.set(w, k)
  }
  const rank = (w: string): number => {
    if (w.startsWith(typed)) return 4
    if (w.includes(typed)) return 3
    if (latin && pinyinOf.get(w)?.startsWith(typed)) return 3.5
    if (latin && typed.length >= 2 && initialsOf.get(w)?.startsWith(typed)) return 2.5
    // a synonym typed (粉晶) points at the material it names (粉水晶)
    for (const [syn, { group }] of index.synonyms) if (group.terms.includes(w) && syn.startsWith(typed)) return 2
    return 0
  }
  const materials = wordsOfKind(index, 'material')
    .map(([w, e]) => ({ w, r: rank(w), docs: e.docs }))
    .filter((x) => x.r > 0)
    .sort((a, b) => b.r - a.r || b.docs - a.docs || (a.w < b.w ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.w)
  const categories = index.categories
    .map((c) => ({ c, r: Math.max(rank(normaliseText(c.name)), normaliseText(c.nameEn).startsWith(typed) ? 3 : 0) }))
    .filter((x) => x.r > 0)
    .sort((a, b) => b.r - a.r)
    .slice(0, 3)
    .map((x) => x.c)
  // one character points at too much to name pieces yet (手 …): materials and categories only
  const products = [...typed].length < 2 ? [] : search(index, { keyword: prefix, sort: 'relevance', page: 1, pageSize: limit }).hits.map((h) => ({ _id: h.card._id, title: h.card.title, ...(h.matchedSkuId ? { matchedSkuId: h.matchedSkuId } : {}) }))
  return { materials, categories, products }
}
