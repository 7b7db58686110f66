/**
 * Chinese-aware tokens for FAQ retrieval, pure JS (runs inside the cloud function, no outside service):
 * text is normalised (full-width → half-width, lower case, punctuation and filler characters dropped),
 * synonym phrases are rewritten to their group's first phrase, then Han runs give character bigrams and
 * single characters (so a typo or a word split differently still overlaps), Latin runs give words, and an
 * optional phonetic hook (pinyin, injected by the service) gives sound bigrams so a homophone typo
 * (快第 for 快递) still matches.
 */

/** Tokens are tagged by kind so each kind can weigh differently: b: bigram, u: single char, w: word, p: sound. */
export type Token = string

/** Characters that carry no meaning on their own in a shopper's question (kept inside bigrams of real words). */
const FILLER = new Set('的了吗呢吧啊呀哦嘛呗哈么我你您们是在就都也还很请问下一个这那些有没和与或及把被给让啥咋怎么样为什么如何可以能不'.split(''))
/** Latin words with no meaning for retrieval. */
const STOP_WORDS = new Set(['a', 'an', 'the', 'is', 'are', 'do', 'does', 'i', 'you', 'my', 'me', 'can', 'to', 'of', 'for', 'in', 'on', 'it', 'how', 'what', 'when', 'where', 'please', 'pls', 'plz', 'hi', 'hello', 'and', 'or', 'be', 'will', 'with', 'your', 'there', 'any', 'get', 'if'])

export function normalise(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code === 0x3000) out += ' '
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0)
    else out += ch
  }
  return out.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ' ').trim()
}

const HAN = /\p{Script=Han}/u
/** Sentence-final particles: a bigram across one (票吗, 退不) is never a word. */
const PARTICLE = new Set('吗呢吧啊呀哦嘛呗啦哈么'.split(''))
const pairOk = (a: string, b: string) => !(FILLER.has(a) && FILLER.has(b)) && !PARTICLE.has(a) && !PARTICLE.has(b)

export interface SynonymTable {
  /** Longest phrase first, each mapped to its group's first phrase. */
  rewrites: [string, string][]
}

export function synonymTable(groups: readonly (readonly string[])[]): SynonymTable {
  const rewrites: [string, string][] = []
  for (const group of groups) {
    const phrases = group.map(normalise).filter(Boolean)
    if (phrases.length < 2) continue
    for (const p of phrases.slice(1)) if (p !== phrases[0]) rewrites.push([p, phrases[0]])
  }
  rewrites.sort((a, b) => b[0].length - a[0].length)
  return { rewrites }
}

/** Rewrites synonym phrases to their canonical phrase, longest first, never rewriting a rewrite; a Latin phrase only as a whole word. */
export function applySynonyms(text: string, table: SynonymTable): string {
  if (!table.rewrites.length) return text
  // Cut the text into canonical pieces (never rewritten again) and untouched pieces.
  let pieces: { text: string; fixed: boolean }[] = [{ text, fixed: false }]
  for (const [from, to] of table.rewrites) {
    const latinStart = LATIN.test(from[0])
    const latinEnd = LATIN.test(from[from.length - 1])
    const next: { text: string; fixed: boolean }[] = []
    for (const piece of pieces) {
      if (piece.fixed || !piece.text.includes(from)) {
        next.push(piece)
        continue
      }
      let rest = piece.text
      let at = rest.indexOf(from)
      let done = ''
      while (at >= 0) {
        const before = rest[at - 1] ?? ''
        const after = rest[at + from.length] ?? ''
        if ((latinStart && LATIN.test(before)) || (latinEnd && LATIN.test(after))) {
          at = rest.indexOf(from, at + 1)
          continue
        }
        if (done + rest.slice(0, at)) next.push({ text: done + rest.slice(0, at), fixed: false })
        next.push({ text: to, fixed: true })
        done = ''
        rest = rest.slice(at + from.length)
        at = rest.indexOf(from)
      }
      if (rest) next.push({ text: rest, fixed: false })
    }
    pieces = next
  }
  return pieces.map((p) => p.text).join('')
}

const LATIN = /[a-z0-9]/

export type Phonetic = (han: string) => string[]

export interface TokeniseOptions {
  synonyms?: SynonymTable
  /** Syllables of a Han run, one per character (pinyin without tones). */
  phonetic?: Phonetic
}

/** The tokens of a text, with repeats (term frequency matters). */
export function tokenise(text: string, opts: TokeniseOptions = {}): Token[] {
  const norm = applySynonyms(normalise(text), opts.synonyms ?? { rewrites: [] })
  const tokens: Token[] = []
  const runs = norm.match(/\p{Script=Han}+|[a-z0-9]+/gu) ?? []
  for (const run of runs) {
    if (!HAN.test(run)) {
      if (!STOP_WORDS.has(run) && (run.length > 1 || /\d/.test(run))) tokens.push(`w:${stem(run)}`)
      continue
    }
    const chars = [...run]
    for (let i = 0; i < chars.length; i++) {
      if (!FILLER.has(chars[i])) tokens.push(`u:${chars[i]}`)
      if (i + 1 < chars.length && pairOk(chars[i], chars[i + 1])) tokens.push(`b:${chars[i]}${chars[i + 1]}`)
    }
    if (opts.phonetic) {
      const sounds = opts.phonetic(run)
      if (sounds.length === chars.length) {
        for (let i = 0; i + 1 < sounds.length; i++) {
          if (!pairOk(chars[i], chars[i + 1])) continue
          tokens.push(`p:${sounds[i]}${sounds[i + 1]}`)
        }
      }
    }
  }
  return tokens
}

/** Plural and -ing endings, enough for "refunds" / "shipping" / "returned" to meet "refund" / "ship" / "return". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3).replace(/(.)\1$/, '$1')
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}
