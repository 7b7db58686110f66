import Taro from '@tarojs/taro'
import { TAB_PAGES } from '../routes'
import { callAction } from '../api'
import { badgeText } from './cart'

/** Position of the cart in the tab bar (tab order is the order of TAB_PAGES). */
const CART_TAB_INDEX = Object.keys(TAB_PAGES).indexOf('cart')

/**
 * Puts the number of units in the cart on the cart tab. Best effort: WeChat refuses badge calls from
 * pages that have no tab bar, and a badge is never worth an error message.
 */
export async function showCartBadge(count: number): Promise<void> {
  const text = badgeText(count)
  try {
    if (text) await Taro.setTabBarBadge({ index: CART_TAB_INDEX, text })
    else await Taro.removeTabBarBadge({ index: CART_TAB_INDEX })
  } catch {
    // Not on a tab page (or H5 before the tab bar mounted): the next tab page shown will set it.
  }
}

/** Asks the server for the count (cheap) and shows it; for tab pages' onShow and after add-to-cart. */
export async function refreshCartBadge(): Promise<void> {
  const result = await callAction('shop', 'cart.count', {})
  if (result.ok) await showCartBadge(result.data.badgeCount)
}
