/**
 * What the assistant does with a question: a shopper-data intent when the rules recognise one, else the
 * best FAQ entry if its confidence clears the threshold, else "not sure" with the nearest entries (the
 * page then offers 转人工). The threshold is calibrated on the evaluation set in
 * tests/unit/service/assistant-eval.test.ts (in-scope accuracy vs. out-of-scope refusals).
 */
import type { AssistantIntent } from '../../contracts/service'
import { detectIntent } from './intents'
import { rank, type FaqIndex, type Ranked } from './retrieval'

export const CONFIDENCE_THRESHOLD = 0.3

export type Decision =
  | { kind: 'intent'; intent: AssistantIntent; ranked: Ranked[] }
  | { kind: 'faq'; top: Ranked; ranked: Ranked[] }
  | { kind: 'unsure'; ranked: Ranked[] }

export function decide(index: FaqIndex, text: string, threshold = CONFIDENCE_THRESHOLD): Decision {
  const ranked = rank(index, text, 5)
  const intent = detectIntent(text)
  if (intent) return { kind: 'intent', intent, ranked }
  const top = ranked[0]
  if (top && top.confidence >= threshold) return { kind: 'faq', top, ranked }
  return { kind: 'unsure', ranked }
}
