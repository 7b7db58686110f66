/**
 * UI text per language. Keys are stable; `{name}` placeholders are filled by t(). Product data (titles,
 * materials, origins) is the merchant's own text and is not translated.
 */
import { enOrderMessages, zhOrderMessages } from './order-messages'
import { enAdminMessages, zhAdminMessages } from './admin-messages'
import { enJobsMessages, zhJobsMessages } from './jobs-messages'
import { enStaffMessages, zhStaffMessages } from './staff-messages'
import { enStockMessages, zhStockMessages } from './stock-messages'
import { enReminderMessages, zhReminderMessages } from './reminder-messages'
import { enShopperMessages, zhShopperMessages } from './shopper-messages'
import { enMemberMessages, zhMemberMessages } from './member-messages'
import { enSearchMessages, zhSearchMessages } from './search-messages'
import { enAddressMessages, zhAddressMessages } from './address-messages'
import { enSpecialsMessages, zhSpecialsMessages } from './specials-messages'
import { enLogisticsMessages, zhLogisticsMessages } from './logistics-messages'
import { enServiceMessages, zhServiceMessages } from './service-messages'
import { enPromoMessages, zhPromoMessages } from './promo-messages'
import { enCampaignMessages, zhCampaignMessages } from './campaign-messages'
import { enDiyMessages, zhDiyMessages } from './diy-messages'
import { enCrystalMessages, zhCrystalMessages } from './crystal-messages'
import { enConsoleMessages, zhConsoleMessages } from './console-messages'
import { enMainMessages, zhMainMessages } from './main-messages'

export const zhCN = {
  ...zhMainMessages,
  ...zhOrderMessages,
  ...zhAdminMessages,
  ...zhJobsMessages,
  ...zhStaffMessages,
  ...zhStockMessages,
  ...zhReminderMessages,
  ...zhShopperMessages,
  ...zhMemberMessages,
  ...zhSearchMessages,
  ...zhAddressMessages,
  ...zhSpecialsMessages,
  ...zhLogisticsMessages,
  ...zhServiceMessages,
  ...zhPromoMessages,
  ...zhCampaignMessages,
  ...zhDiyMessages,
  ...zhCrystalMessages,
  ...zhConsoleMessages,
  'nav.detail': '宝贝详情',
  'nav.search': '搜索',

  'common.save': '保存',
  'common.cancel': '取消',


  'home.categories': '分类',


  'search.placeholder': '搜索宝贝、材质、产地',
  'search.submit': '搜索',
  'search.recent': '最近搜索',
  'search.clearRecent': '清空',
  'search.hot': '热门搜索',
  'search.noResult': '没有找到“{keyword}”',
  'search.tryCategories': '去这些分类看看',
  'search.resultCount': '共 {total} 件',

  'detail.notFound': '商品不存在',
  'detail.notFoundHint': '链接可能已失效，去首页看看别的宝贝吧',
  'detail.noPhoto': '暂无图片',
  'detail.sold': '已售 {sold}',
  'detail.stock': '库存 {stock}',
  'detail.options': '规格',
  'detail.details': '宝贝参数',
  'detail.description': '描述',
  'detail.video': '视频',
  'detail.certificateImage': '证书图片',
  'detail.offShelf': '该宝贝已下架',
  'detail.soldOut': '已售罄',
  'detail.favorite': '收藏',
  'detail.favorited': '已收藏',
  'detail.share': '分享',
  'detail.addToCart': '加入购物车',
  'detail.buyNow': '立即购买',
  'detail.cartComingSoon': '购物车即将上线',
  'detail.skuSoldOut': '售罄',
  'attr.material': '材质',
  'attr.origin': '产地',
  'attr.sizeMm': '尺寸',
  'attr.weightG': '重量',
  'attr.certificateNo': '证书编号',

  'favorites.empty': '还没有收藏的宝贝',
  'orders.tab.all': '全部',
  'orders.tab.pending_payment': '待付款',
  'orders.tab.to_ship': '待发货',
  'orders.tab.to_receive': '待收货',
  'orders.tab.completed': '已完成',
  'orders.tab.after_sale': '售后',
} as const

export type MessageKey = keyof typeof zhCN

export const en: Record<MessageKey, string> = {
  ...enMainMessages,
  ...enOrderMessages,
  ...enAdminMessages,
  ...enJobsMessages,
  ...enStaffMessages,
  ...enStockMessages,
  ...enReminderMessages,
  ...enShopperMessages,
  ...enMemberMessages,
  ...enSearchMessages,
  ...enAddressMessages,
  ...enSpecialsMessages,
  ...enLogisticsMessages,
  ...enServiceMessages,
  ...enPromoMessages,
  ...enCampaignMessages,
  ...enDiyMessages,
  ...enCrystalMessages,
  ...enConsoleMessages,
  'nav.detail': 'Details',
  'nav.search': 'Search',

  'common.save': 'Save',
  'common.cancel': 'Cancel',


  'home.categories': 'Categories',


  'search.placeholder': 'Search pieces, materials, origins',
  'search.submit': 'Search',
  'search.recent': 'Recent',
  'search.clearRecent': 'Clear',
  'search.hot': 'Popular',
  'search.noResult': 'Nothing found for “{keyword}”',
  'search.tryCategories': 'Try these categories',
  'search.resultCount': '{total} items',

  'detail.notFound': 'Product not found',
  'detail.notFoundHint': 'The link may be out of date; have a look at other pieces on the home page',
  'detail.noPhoto': 'No photo',
  'detail.sold': '{sold} sold',
  'detail.stock': '{stock} in stock',
  'detail.options': 'Options',
  'detail.details': 'Details',
  'detail.description': 'Description',
  'detail.video': 'Video',
  'detail.certificateImage': 'Certificate',
  'detail.offShelf': 'This piece is no longer listed',
  'detail.soldOut': 'Sold out',
  'detail.favorite': 'Save',
  'detail.favorited': 'Saved',
  'detail.share': 'Share',
  'detail.addToCart': 'Add to cart',
  'detail.buyNow': 'Buy now',
  'detail.cartComingSoon': 'Cart coming soon',
  'detail.skuSoldOut': 'sold out',
  'attr.material': 'Material',
  'attr.origin': 'Origin',
  'attr.sizeMm': 'Size',
  'attr.weightG': 'Weight',
  'attr.certificateNo': 'Certificate no.',

  'favorites.empty': 'Nothing saved yet',
  'orders.tab.all': 'All',
  'orders.tab.pending_payment': 'To pay',
  'orders.tab.to_ship': 'To ship',
  'orders.tab.to_receive': 'To receive',
  'orders.tab.completed': 'Completed',
  'orders.tab.after_sale': 'After-sales',
}
