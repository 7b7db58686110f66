/**
 * Found walking the admin pages: saving a product without a photo said only "输入不合法 / invalid input".
 * The server names the failing fields in details; the merchant must see them.
 */
import { describe, expect, it } from 'vitest'
import { saveFailureText } from '../../../../src/packages/admin/products/edit/product-form'

describe('a refused product save names the fields to fix', () => {
  it('lists each failing field with its label and the server reason', () => {
    const text = saveFailureText({
      message: '输入不合法 / invalid input',
      details: [
        { path: 'draft.media.images', message: '至少一张图片 / at least one image' },
        { path: 'draft.skus.1.price', message: 'Number must be greater than 0' },
      ],
    })
    expect(text.split('\n')).toEqual([
      '输入不合法 / invalid input',
      '· 图片 / Images: 至少一张图片 / at least one image',
      '· 规格 / SKUs: Number must be greater than 0',
    ])
  })

  it('keeps the plain message when the server gives no field details', () => {
    expect(saveFailureText({ message: '分类不存在 / category c-x does not exist', details: { categoryId: 'c-x' } })).toBe(
      '分类不存在 / category c-x does not exist',
    )
  })
})
