import { describe, expect, it } from 'vitest'
import { SUBPACKAGES, TAB_BAR_TEXT, TAB_PAGES, allPages, pageUrl, routes } from '../../../src/routes'

describe('route map', () => {
  it('has exactly the four tab pages in the main package, in tab order', () => {
    expect(Object.values(TAB_PAGES)).toEqual(['pages/home/index', 'pages/category/index', 'pages/cart/index', 'pages/me/index'])
    expect(Object.values(TAB_BAR_TEXT)).toEqual(['首页', '分类', '购物车', '我的'])
  })

  it('puts every non-tab page in a subpackage', () => {
    const tabs = new Set<string>(Object.values(TAB_PAGES))
    const roots = Object.values(SUBPACKAGES).map((p) => p.root)
    for (const page of allPages().filter((p) => !tabs.has(p))) {
      expect(roots.some((root) => page.startsWith(`${root}/`)), page).toBe(true)
    }
    for (const tab of tabs) expect(tab.startsWith('pages/')).toBe(true)
  })

  it('keeps subpackage roots outside pages/ and unique', () => {
    const roots = Object.values(SUBPACKAGES).map((p) => p.root)
    expect(new Set(roots).size).toBe(roots.length)
    for (const root of roots) expect(root.startsWith('pages/')).toBe(false)
  })

  it('launches on the home tab', () => {
    expect(allPages()[0]).toBe('pages/home/index')
  })

  it('every link helper points at a page that exists in the map', () => {
    const pages = new Set<string>(allPages())
    const urls = [routes.goodsDetail('x'), routes.orderList(), routes.memberProfile(), routes.serviceFaq(), routes.adminHome()]
    for (const url of urls) expect(pages.has(url.slice(1).split('?')[0]), url).toBe(true)
  })

  it('escapes query values so an id cannot inject extra parameters', () => {
    expect(routes.goodsDetail('p1')).toBe('/packages/goods/detail/index?id=p1')
    expect(pageUrl('packages/goods/detail/index', { id: 'a&b=c' })).toBe('/packages/goods/detail/index?id=a%26b%3Dc')
  })
})
