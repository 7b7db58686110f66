/**
 * Found walking the shop as a new user: a product link with a bad id showed "商品" under the heading,
 * because the NOT_FOUND message repeated the bilingual noun on both sides ("商品 / product 不存在 / …")
 * and the page shows only the half before the first " / ".
 */
// Order and after-sale words load with their subpackage pages, which register every area's text.
import '../../../src/i18n/all-messages'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeError } from '../../../src/i18n/translate'
import { startTestCloud, type TestCloud } from '../../kit/test-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ seed: true })
})
afterAll(() => t?.close())

describe('a missing record is reported as a key the client translates', () => {
  it('catalog.get of an unknown product says which kind of record is missing', async () => {
    const result = await t.call('shop', 'catalog.get', { id: 'no-such-product' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('NOT_FOUND')
    expect(result.error).toMatchObject({ key: 'error.notFound.product', details: { id: 'no-such-product' } })
    expect(describeError('zh-CN', result.error)).toBe('商品不存在')
    expect(describeError('en', result.error)).toBe('Product not found')
  })

  it('an unknown address is reported the same way', async () => {
    const result = await t.call('shop', 'address.setDefault', { id: 'no-such-address' })
    if (result.ok) throw new Error('expected NOT_FOUND')
    expect(result.error.key).toBe('error.notFound.address')
    expect(describeError('en', result.error)).toBe('Address not found')
  })
})
