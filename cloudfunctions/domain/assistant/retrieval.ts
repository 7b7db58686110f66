/**
 * FAQ retrieval: BM25F over each entry's question side (question, alternative phrasings, English
 * question) and answer side, with per-kind token weights (tokenise.ts), then a confidence in [0, 1]
 * that says how much of the question the best entry explains: the idf-weighted share of the question's
 * tokens found on the entry's question side (full credit) or only in its answer (part credit). Tokens no
 * entry has count against the match at a reduced weight, so "do you sell phones" (手机 appears
 * nowhere) stays below the threshold while a chatty question with a few stray bigrams does not.
 */
import { synonymTable, tokenise, type Phonetic, type SynonymTable, type Token } from './tokenise'

export interface FaqDoc {
  id: string
  question: string
  alts: readonly string[]
  answer: string
  questionEn?: string
  answerEn?: string
}

export interface RetrievalParams {
  k1: number
  /** Length normalisation of the question side and the answer side. */
  bQuestion: number
  bAnswer: number
  /** BM25F field weights. */
  wQuestion: number
  wAnswer: number
  /** Credit for a question token found only in the answer. */
  answerCredit: number
  /** Weight of a token no entry has, relative to the rarest known token. */
  unknownWeight: number
  /** Confidence = share × coverage + (1 − share) × the best anchor's rarity (a topic word only this entry has). */
  coverageShare: number
}

export const DEFAULT_PARAMS: RetrievalParams = {
  k1: 1.2,
  bQuestion: 0.4,
  bAnswer: 0.75,
  wQuestion: 3,
  wAnswer: 1,
  answerCredit: 0.45,
  unknownWeight: 0.55,
  coverageShare: 0.5,
}

const KIND_WEIGHT: Record<string, number> = { b: 1, u: 0.25, w: 1, p: 0.45 }
/**
 * Question-word bigrams: rare in FAQ text (so their idf is high) yet they say nothing about the topic;
 * "周末去哪里玩比较好" must not match "不戴的时候放哪里比较好" on 哪里 + 比较.
 */
const FUNCTION_BIGRAMS = new Set(
  '什么 怎么 哪里 哪个 哪儿 比较 较好 时候 可以 是不 不是 一下 一个 能不 不能 有没 没有 会不 不会 的话 一般 之后 以后 还是 就是 这个 那个 如果 需要 知道 觉得 感觉 现在 今天 已经 根本 可是 但是 因为 所以 自己 你们 我们 他们 东西 一直 请问 麻烦 谢谢 好的 为啥 干嘛 多长 长时 时间 大概 可能 应该 怎样 这样 那样 要是 的时 么办 怎办 多少 帮我 一张 一条 一串 一件 不了 了吗'
    .split(' ')
    .map((b) => `b:${b}`),
)
const kindWeight = (t: Token) => (FUNCTION_BIGRAMS.has(t) ? 0.1 : (KIND_WEIGHT[t[0]] ?? 1))
/** Tokens that can anchor a match on their own: a bigram or a word, not a single character or a sound. */
const anchors = (t: Token) => (t[0] === 'b' || t[0] === 'w') && !FUNCTION_BIGRAMS.has(t)

interface Posting {
  doc: number
  q: number
  a: number
}

export interface FaqIndex {
  docs: readonly FaqDoc[]
  synonyms: SynonymTable
  phonetic?: Phonetic
  params: RetrievalParams
  postings: Map<Token, Posting[]>
  qLen: Float64Array
  aLen: Float64Array
  avgQ: number
  avgA: number
  maxIdf: number
}

function counts(tokens: Token[]): Map<Token, number> {
  const m = new Map<Token, number>()
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + kindWeight(t))
  return m
}

export function buildIndex(
  docs: readonly FaqDoc[],
  opts: { synonyms?: readonly (readonly string[])[]; phonetic?: Phonetic; params?: Partial<RetrievalParams> } = {},
): FaqIndex {
  const synonyms = synonymTable(opts.synonyms ?? [])
  const tok = (text: string) => tokenise(text, { synonyms, phonetic: opts.phonetic })
  // Sounds on the question side only: a homophone typo names the topic, and pinyin for every answer
  // would make a cold index of 500 entries cost most of a second.
  const tokAnswer = (text: string) => tokenise(text, { synonyms })
  const postings = new Map<Token, Posting[]>()
  const qLen = new Float64Array(docs.length)
  const aLen = new Float64Array(docs.length)
  docs.forEach((d, i) => {
    const q = counts([d.question, ...d.alts, d.questionEn ?? ''].flatMap(tok))
    const a = counts([d.answer, d.answerEn ?? ''].flatMap(tokAnswer))
    let ql = 0
    let al = 0
    for (const n of q.values()) ql += n
    for (const n of a.values()) al += n
    qLen[i] = ql
    aLen[i] = al
    for (const t of new Set([...q.keys(), ...a.keys()])) {
      const list = postings.get(t) ?? []
      list.push({ doc: i, q: q.get(t) ?? 0, a: a.get(t) ?? 0 })
      postings.set(t, list)
    }
  })
  const avg = (xs: Float64Array) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 1) || 1
  const n = docs.length
  return {
    docs,
    synonyms,
    phonetic: opts.phonetic,
    params: { ...DEFAULT_PARAMS, ...opts.params },
    postings,
    qLen,
    aLen,
    avgQ: avg(qLen),
    avgA: avg(aLen),
    maxIdf: Math.log(1 + (n + 0.5) / 0.5),
  }
}

const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5))

export interface Ranked {
  index: number
  id: string
  score: number
  confidence: number
}

/** Entries ranked by BM25F score, each with its confidence; at most `limit`. */
export function rank(index: FaqIndex, text: string, limit = 5): Ranked[] {
  const { params: p, docs } = index
  const query = [...new Set(tokenise(text, { synonyms: index.synonyms, phonetic: index.phonetic }))]
  if (!query.length || !docs.length) return []
  const score = new Float64Array(docs.length)
  const covered = new Float64Array(docs.length)
  const anchor = new Float64Array(docs.length)
  let mass = 0
  for (const t of query) {
    const list = index.postings.get(t)
    const w = kindWeight(t)
    if (!list) {
      mass += w * index.maxIdf * p.unknownWeight
      continue
    }
    // Rarity on the question side, where the topic is named; 退款 in half the answers still names one question.
    const onQuestions = list.reduce((n, post) => n + (post.q > 0 ? 1 : 0), 0)
    const idf = idfOf(docs.length, onQuestions || list.length)
    mass += w * idf
    for (const post of list) {
      const qNorm = 1 - p.bQuestion + (p.bQuestion * index.qLen[post.doc]) / index.avgQ
      const aNorm = 1 - p.bAnswer + (p.bAnswer * index.aLen[post.doc]) / index.avgA
      const tf = (p.wQuestion * post.q) / qNorm + (p.wAnswer * post.a) / aNorm
      score[post.doc] += (idf * tf) / (p.k1 + tf)
      covered[post.doc] += w * idf * (post.q > 0 ? 1 : p.answerCredit)
      if (anchors(t)) anchor[post.doc] = Math.max(anchor[post.doc], (idf / index.maxIdf) * (post.q > 0 ? 1 : p.answerCredit))
    }
  }
  const ranked: Ranked[] = []
  for (let i = 0; i < docs.length; i++) {
    if (score[i] <= 0) continue
    const coverage = mass ? covered[i] / mass : 0
    ranked.push({ index: i, id: docs[i].id, score: round(score[i]), confidence: round(p.coverageShare * coverage + (1 - p.coverageShare) * anchor[i]) })
  }
  ranked.sort((a, b) => b.score - a.score || b.confidence - a.confidence)
  return ranked.slice(0, limit)
}

const round = (x: number) => Math.round(x * 1000) / 1000
