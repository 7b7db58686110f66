import type { ConsentAnswer } from './subscribe'

/** H5 stands in for WeChat's prompt: every template is allowed once, so notices reach the dev outbox. */
export async function requestSubscribe(templateIds: string[]): Promise<Record<string, ConsentAnswer>> {
  return Object.fromEntries(templateIds.map((id) => [id, 'accept' as const]))
}
