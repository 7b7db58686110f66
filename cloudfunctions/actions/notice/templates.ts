import { defineAction } from '../../core/action'
import { shopConfig } from '../../config'
import { NoticeTemplatesInput, type NoticeTemplatesOutput } from '../../contracts/logistics'

export const noticeTemplates = defineAction({
  name: 'notice.templates',
  role: 'shopper',
  summary: 'Subscribe-message template ids for the notices asked (for Taro.requestSubscribeMessage); kinds without a template are left out',
  input: NoticeTemplatesInput,
  handler: async (input): Promise<NoticeTemplatesOutput> => {
    const templates = shopConfig().templates
    const kinds = [...new Set(input.kinds)]
    return { templates: kinds.flatMap((kind) => (templates[kind] ? [{ kind, templateId: templates[kind]! }] : [])) }
  },
})
