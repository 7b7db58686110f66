/**
 * The route map: every page of the app, and which package it ships in. Tab pages live in the main
 * package (WeChat requires it); everything else is a subpackage so the first download stays small.
 * app.config.ts is generated from this data, and links are built with the helpers below so a moved page
 * breaks the type checker instead of a tap.
 */

export const TAB_PAGES = {
  home: 'pages/home/index',
  category: 'pages/category/index',
  cart: 'pages/cart/index',
  me: 'pages/me/index',
} as const

export const SUBPACKAGES = {
  goods: { root: 'packages/goods', pages: ['detail/index'] },
  order: { root: 'packages/order', pages: ['list/index'] },
  member: { root: 'packages/member', pages: ['profile/index'] },
  service: { root: 'packages/service', pages: ['faq/index'] },
  /** Role-gated: the page asks the admin function, which refuses shoppers. */
  admin: { root: 'packages/admin', pages: ['home/index'] },
} as const

type Subpackages = typeof SUBPACKAGES
type SubpackagePath = {
  [K in keyof Subpackages]: `${Subpackages[K]['root']}/${Subpackages[K]['pages'][number]}`
}[keyof Subpackages]

export type PagePath = (typeof TAB_PAGES)[keyof typeof TAB_PAGES] | SubpackagePath

export const TAB_BAR_TEXT: Record<keyof typeof TAB_PAGES, string> = {
  home: '首页',
  category: '分类',
  cart: '购物车',
  me: '我的',
}

/** Absolute URL for Taro.navigateTo / switchTab, with a query string built safely. */
export function pageUrl(path: PagePath, query: Record<string, string | number> = {}): string {
  const pairs = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return `/${path}${pairs.length ? `?${pairs.join('&')}` : ''}`
}

export const routes = {
  goodsDetail: (id: string) => pageUrl('packages/goods/detail/index', { id }),
  orderList: () => pageUrl('packages/order/list/index'),
  memberProfile: () => pageUrl('packages/member/profile/index'),
  serviceFaq: () => pageUrl('packages/service/faq/index'),
  adminHome: () => pageUrl('packages/admin/home/index'),
}

/** Every page path in the app, main package first; the first one is the launch page. */
export function allPages(): PagePath[] {
  const subpackagePages = Object.values(SUBPACKAGES).flatMap(
    (pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`) as SubpackagePath[],
  )
  return [...Object.values(TAB_PAGES), ...subpackagePages]
}
