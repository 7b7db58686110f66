import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applySynonyms, buildIndex, decide, detectIntent, normalise, rank, synonymTable, tokenise } from '../../../cloudfunctions/domain/assistant'
import { filterFaq } from '../../../src/packages/service/_shared/faq-filter'
import { lastQuestion, transcriptOf, type ChatEntry } from '../../../src/packages/service/_shared/chat'

describe('tokeniser', () => {
  it('normalises full-width text and punctuation, and makes bigrams without sentence particles', () => {
    expect(normalise('ＡＢＣ，退货？！')).toBe('abc 退货')
    const tokens = tokenise('退货吗')
    expect(tokens).toContain('b:退货')
    expect(tokens).not.toContain('b:货吗')
    expect(tokenise('Refunds shipping')).toEqual(['w:refund', 'w:ship'])
  })

  it('rewrites synonyms longest first, Latin ones only as whole words', () => {
    const table = synonymTable([['运费', '邮费', 'postage'], ['退款', 'refund']])
    expect(applySynonyms('邮费多少', table)).toBe('运费多少')
    expect(applySynonyms('refund要多久', table)).toBe('退款要多久')
    expect(applySynonyms('refunded', table)).toBe('refunded')
  })
})

describe('retrieval', () => {
  const index = buildIndex(
    [
      { id: 'postage', question: '退货运费谁承担？', alts: ['退回去的邮费谁出'], answer: '质量问题我们承担来回运费。' },
      { id: 'invoice', question: '可以开发票吗？', alts: ['能开票吗'], answer: '可以开具电子普通发票。' },
    ],
    { synonyms: [['运费', '邮费']] },
  )

  it('ranks the entry that names the topic first, with a confidence in [0, 1]', () => {
    const [top] = rank(index, '退货邮费谁付')
    expect(top.id).toBe('postage')
    expect(top.confidence).toBeGreaterThan(0.3)
  })

  it('never throws and keeps confidence within [0, 1] for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        for (const r of rank(index, text)) {
          expect(r.confidence).toBeGreaterThanOrEqual(0)
          expect(r.confidence).toBeLessThanOrEqual(1)
        }
        expect(['faq', 'intent', 'unsure']).toContain(decide(index, text).kind)
      }),
      { numRuns: 300 },
    )
  })

  it('is unsure about a question it has nothing for, and on an empty FAQ', () => {
    expect(decide(index, '今天天气怎么样').kind).toBe('unsure')
    expect(decide(buildIndex([]), '退货运费').kind).toBe('unsure')
  })
})

describe('intents', () => {
  it('tells questions about the shopper’s own data from general questions', () => {
    expect(detectIntent('我的快递到哪了')).toBe('parcel')
    expect(detectIntent('where is my parcel')).toBe('parcel')
    expect(detectIntent('我买的东西怎么还没发货')).toBe('whenShip')
    expect(detectIntent('我的订单状态怎么样了')).toBe('orderStatus')
    expect(detectIntent('这个订单怎么退')).toBe('returnOrder')
    expect(detectIntent('我还有多少积分')).toBe('points')
    expect(detectIntent('我的优惠券在哪')).toBe('coupons')
    expect(detectIntent('下单后多久发货')).toBeNull()
    expect(detectIntent('退货运费谁出')).toBeNull()
  })
})

describe('chat transcript and FAQ filter (pages)', () => {
  it('carries the shopper’s words and the assistant’s keys, never translated text', () => {
    const entries: ChatEntry[] = [
      { id: 1, from: 'shopper', text: '我的快递到哪了' },
      { id: 2, from: 'assistant', asked: '我的快递到哪了', reply: { kind: 'intent', intent: 'parcel', message: { key: 'assistant.parcel.noOrders' }, confidence: 0.9 } },
      { id: 3, from: 'shopper', text: '你们卖手机吗' },
      { id: 4, from: 'assistant', asked: '你们卖手机吗', reply: { kind: 'unsure', suggestions: [], confidence: 0 } },
    ]
    expect(transcriptOf(entries)).toEqual([
      { from: 'shopper', text: '我的快递到哪了' },
      { from: 'assistant', reason: { key: 'assistant.parcel.noOrders' } },
      { from: 'shopper', text: '你们卖手机吗' },
      { from: 'assistant', reason: { key: 'assistant.unsure' } },
    ])
    expect(lastQuestion(entries)).toBe('你们卖手机吗')
    expect(transcriptOf(entries, 2)).toHaveLength(2)
  })

  it('filters by category and every search word', () => {
    const items = [
      { _id: 'a', category: 'returns' as const, question: '退货运费谁承担？', answer: '来回运费我们承担', sort: 1, updatedAt: 0 },
      { _id: 'b', category: 'payment' as const, question: '可以开发票吗？', answer: '电子发票', questionEn: 'Invoice?', sort: 2, updatedAt: 0 },
    ]
    expect(filterFaq(items, 'all', '退货 运费').map((i) => i._id)).toEqual(['a'])
    expect(filterFaq(items, 'all', 'INVOICE').map((i) => i._id)).toEqual(['b'])
    expect(filterFaq(items, 'returns', '').map((i) => i._id)).toEqual(['a'])
  })
})
