import { pinyin } from 'pinyin-pro'
import { describe, expect, it } from 'vitest'
import { buildIndex, CONFIDENCE_THRESHOLD, decide } from '../../../cloudfunctions/domain/assistant'
import { SEED_FAQ_SYNONYMS, seedFaqEntries } from '../../../local-cloud/seed/faq'
import { IN_SCOPE, OUT_OF_SCOPE } from './assistant-eval-set'

const entries = seedFaqEntries(0)
const phonetic = (han: string) => pinyin(han, { toneType: 'none', type: 'array' })
const index = buildIndex(
  entries.map((e) => ({ id: e._id, question: e.question, alts: e.alts, answer: e.answer, questionEn: e.questionEn, answerEn: e.answerEn })),
  { synonyms: SEED_FAQ_SYNONYMS, phonetic },
)

function evaluate(threshold = CONFIDENCE_THRESHOLD) {
  const wrong: string[] = []
  let right = 0
  for (const [q, id] of IN_SCOPE) {
    const d = decide(index, q, threshold)
    if (d.kind === 'faq' && d.top.id === id) right++
    else wrong.push(`${q} → ${d.kind === 'faq' ? d.top.id : d.kind} (${d.ranked[0]?.id ?? '-'} ${d.ranked[0]?.confidence ?? 0}) want ${id}`)
  }
  const answered = OUT_OF_SCOPE.map((q) => ({ q, d: decide(index, q, threshold) })).filter(({ d }) => d.kind !== 'unsure')
  return { accuracy: right / IN_SCOPE.length, wrong, answered: answered.map(({ q, d }) => `${q} → ${d.kind === 'faq' ? `${d.top.id} ${d.top.confidence}` : d.kind}`) }
}

describe('assistant evaluation set (seeded FAQ)', () => {
  it('is big enough, phrased unlike the FAQ, and points at real entries', () => {
    expect(IN_SCOPE.length).toBeGreaterThanOrEqual(60)
    expect(OUT_OF_SCOPE.length).toBeGreaterThanOrEqual(15)
    const ids = new Set(entries.map((e) => e._id))
    const phrasings = new Set(entries.flatMap((e) => [e.question, ...e.alts]).map((s) => s.replace(/[？?。，,\s]/g, '')))
    for (const [q, id] of IN_SCOPE) {
      expect(ids.has(id), id).toBe(true)
      expect(phrasings.has(q.replace(/[？?。，,\s]/g, '')), q).toBe(false)
    }
  })

  it('answers at least 85 % of in-scope questions with the right entry', () => {
    const { accuracy, wrong } = evaluate()
    console.log(`assistant eval: top-1 accuracy ${(accuracy * 100).toFixed(1)} % of ${IN_SCOPE.length}; misses:\n  ${wrong.join('\n  ')}`)
    expect(accuracy).toBeGreaterThanOrEqual(0.85)
  })

  it('offers a person, never an answer, for every out-of-scope question', () => {
    const { answered } = evaluate()
    expect(answered).toEqual([])
  })
})
