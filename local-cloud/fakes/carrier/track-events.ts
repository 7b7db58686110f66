/**
 * A waybill's life as WeChat 物流助手 codes (docs/platform-facts.md §4) and the project-neutral shape the shop
 * stores. Pure, so adapters and tests can share it.
 */
export const ACTION = {
  pickedUp: 100001,
  inTransit: 200001,
  outForDelivery: 300002,
  signed: 300003,
  cancelled: 400001,
} as const

/** The order `advance()` walks through. */
export const PROGRESSION = [ACTION.pickedUp, ACTION.inTransit, ACTION.outForDelivery, ACTION.signed] as const

export type TrackStatus = 'picked_up' | 'in_transit' | 'out_for_delivery' | 'signed' | 'cancelled'

export interface TrackEvent {
  actionType: number
  actionMsg: string
  /** epoch ms */
  at: number
}

export interface NormalisedTrack {
  at: number
  status: TrackStatus
  code: number
  text: string
}

const STATUS_BY_CODE: Record<number, TrackStatus> = {
  [ACTION.pickedUp]: 'picked_up',
  [ACTION.inTransit]: 'in_transit',
  [ACTION.outForDelivery]: 'out_for_delivery',
  [ACTION.signed]: 'signed',
  [ACTION.cancelled]: 'cancelled',
}

/** What the carrier says at each step, in Chinese as carriers do (stored by the shop as the carrier's own words). */
export function actionMessage(code: number, carrierName: string): string {
  switch (code) {
    case ACTION.pickedUp:
      return `【${carrierName}】快件已由【上海徐汇营业部】揽收`
    case ACTION.inTransit:
      return `【${carrierName}】快件已到达【上海转运中心】，正发往下一站`
    case ACTION.outForDelivery:
      return `【${carrierName}】快件派送中，快递员 王师傅 138****0000`
    case ACTION.signed:
      return `【${carrierName}】已签收，签收人：本人`
    case ACTION.cancelled:
      return `【${carrierName}】运单已取消`
    default:
      return `【${carrierName}】物流更新`
  }
}

/** Oldest first, whatever order events arrived in (WeChat does not promise order). */
export function normaliseTrack(events: readonly TrackEvent[]): NormalisedTrack[] {
  return [...events]
    .sort((a, b) => a.at - b.at)
    .map((e) => ({ at: e.at, code: e.actionType, status: STATUS_BY_CODE[e.actionType] ?? 'in_transit', text: e.actionMsg }))
}
