/**
 * Questions about the shopper's own data, recognised by rules (first person + topic), answered from
 * their orders, coupons and points rather than from the FAQ. "How long does shipping take" is an FAQ
 * question; "when will MY order ship" is this. Rules run on normalised text (tokenise.ts).
 */
import type { AssistantIntent } from '../../contracts/service'
import { normalise } from './tokenise'

const MINE = '(我的|我买的|我那|我这|我家的|我订的|我下的|我刚买的|我的那个|俺的)'
const RULES: { intent: AssistantIntent; patterns: RegExp[] }[] = [
  {
    intent: 'parcel',
    patterns: [
      new RegExp(`${MINE}.{0,6}(快递|物流|包裹|货|单号|件).{0,8}(到哪|在哪|哪了|到了没|到没到|还没到|怎么没到|什么时候到|啥时候到|进度|走到)`),
      /(快递|物流|包裹|货).{0,4}(到哪了|到哪儿了|在哪了|到哪啦|到了没有)/,
      /where.{0,6}(my|is).{0,12}(parcel|package|order|delivery|shipment)/,
      /track.{0,4}my.{0,8}(parcel|package|order)/,
    ],
  },
  {
    intent: 'whenShip',
    patterns: [
      new RegExp(`${MINE}.{0,8}(什么时候|啥时候|何时|多久|几时|怎么还没|还不|咋还没).{0,4}(发货|发出|寄出|发)`),
      /(怎么|咋|为什么|为啥)还(没|不)(发货|发)/,
      /when.{0,10}my.{0,12}(ship|dispatch|sent)/,
    ],
  },
  {
    intent: 'returnOrder',
    patterns: [new RegExp(`(这个|这单|这笔|这件|${MINE}).{0,6}(订单|单子|单|东西|宝贝).{0,6}(怎么退|能退|可以退|退货|退款|退掉|申请售后)`), /return (this|my) order/],
  },
  {
    intent: 'orderStatus',
    patterns: [new RegExp(`${MINE}.{0,4}(订单|单子).{0,8}(状态|怎么样|进度|到哪一步|处理|情况)`), /(my )?order status/, /status of my order/],
  },
  {
    intent: 'coupons',
    patterns: [new RegExp(`${MINE}.{0,4}(优惠券|券)`), /(我有|我还有|还剩).{0,4}(几张|多少|什么).{0,2}(优惠券|券)/, /my coupons?/],
  },
  {
    intent: 'points',
    patterns: [new RegExp(`${MINE}.{0,4}积分`), /(我有|我还有|还剩).{0,4}(多少|几).{0,2}积分/, /积分(余额|还有多少|有多少)/, /my points/],
  },
]

/** The intent a question asks about, or null. First matching rule wins (parcel before order status). */
export function detectIntent(text: string): AssistantIntent | null {
  const norm = normalise(text).replace(/\s+/g, ' ')
  const squeezed = norm.replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, '')
  for (const rule of RULES) if (rule.patterns.some((p) => p.test(squeezed))) return rule.intent
  return null
}
