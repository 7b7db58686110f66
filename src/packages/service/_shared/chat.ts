/**
 * The chat's conversation as data (pure, unit-tested): what is shown, and what a handoff carries to
 * the ticket — the shopper's words as typed, the assistant's answers as the FAQ question it answered
 * or the message key it sent, never translated text.
 */
import type { AssistantReply } from '@cloud/contracts/service'

export type ChatEntry = { id: number; from: 'shopper'; text: string } | { id: number; from: 'assistant'; reply: AssistantReply; asked: string }

export interface TranscriptLine {
  from: 'shopper' | 'assistant'
  text?: string
  reason?: { key: string; params?: Record<string, string | number> }
}

export function transcriptOf(entries: readonly ChatEntry[], max = 20): TranscriptLine[] {
  const lines: TranscriptLine[] = entries.map((e) => {
    if (e.from === 'shopper') return { from: 'shopper', text: e.text.slice(0, 300) }
    const r = e.reply
    if (r.kind === 'faq') return { from: 'assistant', text: r.question.slice(0, 300) }
    if (r.kind === 'intent') return { from: 'assistant', reason: r.message }
    return { from: 'assistant', reason: { key: 'assistant.unsure' } }
  })
  return lines.slice(-max)
}

/** What the handoff form starts with: the shopper's last question. */
export function lastQuestion(entries: readonly ChatEntry[]): string {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]
    if (e.from === 'shopper') return e.text
  }
  return ''
}

/** A request id for tickets.open, made once per handoff form (a double tap opens one ticket). */
export function newTicketRequestId(now: number = Date.now(), random: () => number = Math.random): string {
  return `tk-${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`
}
