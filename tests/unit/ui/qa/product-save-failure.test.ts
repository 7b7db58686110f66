/**
 * Found walking the admin pages: saving a product without a photo said only "invalid input".
 * The server names the failing fields in details (messages are keys); the merchant must see them, in their language.
 */
// These modules belong to subpackage pages, which register every area's text when they load.
import '../../../../src/i18n/all-messages'
import { describe, expect, it } from 'vitest'
import { saveFailureText } from '../../../../src/packages/admin/products/edit/product-form'

const refused = {
  key: 'error.input.invalid',
  message: 'error.input.invalid',
  details: [
    { path: 'draft.media.images', message: 'error.input.imageRequired' },
    { path: 'draft.skus.1.price', message: 'Number must be greater than 0' },
  ],
}

describe('a refused product save names the fields to fix', () => {
  it('lists each failing field with its label and the server reason, in the merchant language', () => {
    expect(saveFailureText('en', refused).split('\n')).toEqual([
      'Invalid input, please check and retry',
      '· Images: At least one image is needed',
      '· SKUs: Number must be greater than 0',
    ])
    expect(saveFailureText('zh-CN', refused).split('\n')).toEqual(['输入不合法，请检查后重试', '· 图片: 至少需要一张图片', '· 规格: Number must be greater than 0'])
  })

  it('keeps the plain message when the server gives no field details', () => {
    expect(saveFailureText('en', { key: 'error.product.unknownCategory', message: 'error.product.unknownCategory', details: { categoryId: 'c-x' } })).toBe('Unknown category')
  })
})
