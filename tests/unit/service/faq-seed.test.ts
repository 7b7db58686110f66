import { describe, expect, it } from 'vitest'
import { FAQ_CATEGORIES } from '../../../cloudfunctions/contracts/service'
import { SEED_FAQ_SYNONYMS, seedFaqEntries } from '../../../local-cloud/seed/faq'

/** docs/platform-facts.md §11 (as in the catalogue seed test): no fortune promises, no treated stones. */
const BANNED = ['开光', '能量', '磁场', '辟邪', '招财', '转运', '风水', '治病', '疗效', '染色', '充填', '辐照', '合成', '人造', 'dyed', 'synthetic']

describe('seeded FAQ', () => {
  const entries = seedFaqEntries(0)
  it('covers every topic a crystal shop publishes, in Chinese with an English version, ids unique', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40)
    expect(new Set(entries.map((e) => e._id)).size).toBe(entries.length)
    expect(new Set(entries.map((e) => e.category))).toEqual(new Set(FAQ_CATEGORIES))
    for (const e of entries) {
      expect(e.question).toMatch(/\p{Script=Han}/u)
      expect(e.answer).toMatch(/\p{Script=Han}/u)
      expect(e.questionEn).not.toMatch(/\p{Script=Han}/u)
      expect(e.answerEn).not.toMatch(/\p{Script=Han}/u)
    }
  })
  it('makes no claims the platform forbids', () => {
    const text = entries.flatMap((e) => [e.question, e.answer, ...e.alts, e.questionEn ?? '', e.answerEn ?? '']).join('\n').toLowerCase()
    for (const word of BANNED) expect(text, word).not.toContain(word)
  })
  it('has synonym groups of at least two phrases', () => {
    for (const g of SEED_FAQ_SYNONYMS) expect(g.length).toBeGreaterThanOrEqual(2)
  })
})
