/**
 * Assistant answer latency with 500 FAQ entries: the demo FAQ plus generated entries shaped like it
 * (other products' wording, same lengths), asked the evaluation set's questions through the real shop
 * bundle as a shopper (FAQ answers, intents reading the shopper's orders, and unsure answers that are
 * counted). The per-instance index is warm, as it is for every call after the first within its TTL.
 */
import type { RowWrite } from '../../local-cloud/store/sqlite-store'
import { IN_SCOPE, OUT_OF_SCOPE } from '../unit/service/assistant-eval-set'
import { startTestCloud } from '../kit/test-cloud'
import { percentile, type LatencyResult } from './cloud-bench'

const FILLER = ['紫水晶', '黄水晶', '粉晶', '海蓝宝', '月光石', '拉长石', '草莓晶', '茶晶', '黑曜石', '绿幽灵', '白水晶', '石榴石']
const ASPECTS = ['产地', '硬度', '颜色等级', '净度', '搭配建议', '佩戴场合', '包装方式', '库存情况', '拍摄方式', '尺寸规格']

export async function assistantLatency(functionsDir: string, entries: number, calls: number): Promise<LatencyResult & { entries: number; coldMs: number }> {
  const t = await startTestCloud({ functionsDir, seed: true })
  try {
    const seeded = t.cloud.store.docs('faqs')
    const writes: RowWrite[] = []
    for (let i = seeded.length; i < entries; i++) {
      const stone = FILLER[i % FILLER.length]
      const aspect = ASPECTS[Math.floor(i / FILLER.length) % ASPECTS.length]
      const base = seeded[i % seeded.length]
      writes.push({
        collection: 'faqs',
        id: `bench-faq-${i}`,
        doc: {
          ...base,
          _id: `bench-faq-${i}`,
          question: `${stone}的${aspect}怎么样？（${i}）`,
          alts: [`${stone}${aspect}`, `想了解${stone}的${aspect}`],
          answer: `${stone}的${aspect}：${String(base.answer)}`,
          sort: 10_000 + i,
        },
      })
    }
    t.cloud.store.write(writes)
    const questions = [...IN_SCOPE.map(([q]) => q), ...OUT_OF_SCOPE, '我的快递到哪了', '我的订单状态怎么样了']
    const shopper = 'bench-assistant-shopper'
    // The first ask of an instance reads the FAQ and builds the index.
    const coldStart = performance.now()
    const cold = await t.call('shop', 'assistant.ask', { text: questions[0] }, shopper)
    const coldMs = performance.now() - coldStart
    if (!cold.ok) throw new Error(`assistant.ask failed: ${JSON.stringify(cold.error)}`)
    for (let i = 0; i < 10; i++) {
      const warm = await t.call('shop', 'assistant.ask', { text: questions[i] }, shopper)
      if (!warm.ok) throw new Error(`assistant.ask failed: ${JSON.stringify(warm.error)}`)
    }
    const times: number[] = []
    for (let i = 0; i < calls; i++) {
      const started = performance.now()
      const res = await t.call('shop', 'assistant.ask', { text: questions[i % questions.length] }, shopper)
      times.push(performance.now() - started)
      if (!res.ok) throw new Error(`assistant.ask failed: ${JSON.stringify(res.error)}`)
    }
    times.sort((a, b) => a - b)
    return { entries: t.cloud.store.docs('faqs').length, coldMs, products: 0, calls, p50: percentile(times, 50), p95: percentile(times, 95) }
  } finally {
    await t.close()
  }
}
