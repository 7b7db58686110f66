import { defineAction } from '../../core/action'
import { shopConfig } from '../../config'
import type { NoticeKind } from '../../config/keys'
import { NoticeConsentInput, type NoticeConsentOutput } from '../../contracts/logistics'
import { buyerOf } from '../../services/order/buyer'
import { consentsOf, recordConsents, type ConsentResult } from '../../services/notice/notice'

export const noticeConsent = defineAction({
  name: 'notice.consent',
  role: 'shopper',
  summary: "Records what the shopper answered to requestSubscribeMessage (per template id): each 'accept' allows one message",
  input: NoticeConsentInput,
  handler: async (input, ctx): Promise<NoticeConsentOutput> => {
    const openid = buyerOf(ctx)
    const byTemplate = new Map(Object.entries(shopConfig().templates).map(([kind, id]) => [id, kind as NoticeKind]))
    const results: Partial<Record<NoticeKind, ConsentResult>> = {}
    // Template ids this shop does not use are ignored: a client cannot bank consents for nothing.
    for (const [templateId, result] of Object.entries(input.results)) {
      const kind = byTemplate.get(templateId)
      if (kind) results[kind] = result
    }
    await recordConsents(openid, results, ctx.now())
    return { remaining: await consentsOf(openid) }
  },
})
