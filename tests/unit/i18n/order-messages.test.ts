import { describe, expect, it } from 'vitest'
import { AFTER_SALE_KINDS, AFTER_SALE_STATES } from '../../../cloudfunctions/contracts/aftersale'
import { ORDER_STATES } from '../../../cloudfunctions/contracts/order'
import { AFTER_SALE_KIND_LABELS, AFTER_SALE_STATE_LABELS, ORDER_STATE_LABELS } from '../../../src/components/order-card/order-labels'
import { translate } from '../../../src/i18n/translate'
import { describeCreateError } from '../../../src/packages/order/_shared/order-errors'

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/
const chineseHalf = (bilingual: string) => bilingual.split(' / ')[0]

describe('order words in both languages', () => {
  it('names every order and after-sale state the same way the merchant pages do', () => {
    for (const state of ORDER_STATES) {
      expect(translate('zh-CN', `orderState.${state}`)).toBe(chineseHalf(ORDER_STATE_LABELS[state]))
      expect(translate('en', `orderState.${state}`)).toBe(ORDER_STATE_LABELS[state].split(' / ')[1])
    }
    for (const state of AFTER_SALE_STATES) expect(translate('zh-CN', `afterSaleState.${state}`)).toBe(chineseHalf(AFTER_SALE_STATE_LABELS[state]))
    for (const kind of AFTER_SALE_KINDS) expect(translate('zh-CN', `afterSaleKind.${kind}`)).toBe(chineseHalf(AFTER_SALE_KIND_LABELS[kind]))
  })

  it('tells an English shopper which piece sold out, in English around the product title', () => {
    const error = { code: 'SOLD_OUT' as const, message: '库存不足 / sold out', details: { title: '天然紫水晶原石' } }
    const english = describeCreateError(error, 'en')
    expect(english).toContain('天然紫水晶原石')
    expect(CJK.test(english.replace('天然紫水晶原石', ''))).toBe(false)
    expect(describeCreateError(error, 'zh-CN')).toBe('「天然紫水晶原石」库存不足，已被其他顾客买走，请调整后再下单')
  })

  it('shows only the current language of a bilingual network error, with the no-double-order reassurance', () => {
    const error = { code: 'NETWORK' as const, message: '网络异常 / network error' }
    expect(describeCreateError(error, 'en')).toBe('network error. Retrying will not place a second order')
    expect(describeCreateError(error, 'zh-CN')).toBe('网络异常。重试不会重复下单')
  })
})
