// These modules belong to subpackage pages, which register every area's text when they load.
import '../../../src/i18n/all-messages'
import { describe, expect, it } from 'vitest'
import { AFTER_SALE_KINDS, AFTER_SALE_STATES } from '../../../cloudfunctions/contracts/aftersale'
import { ORDER_STATES } from '../../../cloudfunctions/contracts/order'
import { AFTER_SALE_KIND_KEYS, AFTER_SALE_STATE_KEYS, ORDER_STATE_KEYS } from '../../../src/components/order-card/order-labels'
import { translate } from '../../../src/i18n/translate'
import { describeCreateError } from '../../../src/packages/order/_shared/order-errors'

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/

describe('order words in both languages', () => {
  it('names every order and after-sale state in each language alone', () => {
    const keys = [
      ...ORDER_STATES.map((state) => ORDER_STATE_KEYS[state]),
      ...AFTER_SALE_STATES.map((state) => AFTER_SALE_STATE_KEYS[state]),
      ...AFTER_SALE_KINDS.map((kind) => AFTER_SALE_KIND_KEYS[kind]),
    ]
    for (const key of keys) {
      const zh = translate('zh-CN', key)
      const en = translate('en', key)
      expect(zh).not.toBe(key)
      expect(CJK.test(zh)).toBe(true)
      expect(/[A-Za-z]/.test(zh)).toBe(false)
      expect(CJK.test(en)).toBe(false)
    }
    expect(translate('zh-CN', ORDER_STATE_KEYS.paid)).toBe('待发货')
    expect(translate('en', AFTER_SALE_STATE_KEYS.awaiting_return)).toBe('Send the item back')
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
