/**
 * A parcel's track in one shape whatever the carrier said: statuses, events de-duplicated by a hash
 * of (time, status, text), and the mapping from Kuaidi100 state codes and WeChat 物流助手 action types
 * (docs/platform-facts.md §4). Pure.
 */
export const TRACK_STATUSES = ['picked_up', 'in_transit', 'out_for_delivery', 'signed', 'exception', 'returned'] as const
export type TrackStatus = (typeof TRACK_STATUSES)[number]

export interface TrackEvent {
  /** hash of (at, status, text): the same node told twice is one event. */
  id: string
  at: number
  status: TrackStatus
  /** The carrier's own words (Chinese), shown as typed. */
  text: string
}

/** FNV-1a twice (two seeds) → 16 hex characters; pure, so the domain needs no crypto import. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

export function trackEventId(at: number, status: TrackStatus, text: string): string {
  const key = JSON.stringify([at, status, text.trim()])
  return fnv(key, 0x811c9dc5) + fnv(key, 0x01234567)
}

export function trackEvent(at: number, status: TrackStatus, text: string): TrackEvent {
  const clean = text.trim().slice(0, 300)
  return { id: trackEventId(at, status, clean), at, status, text: clean }
}

/** Old and new events together, each once, oldest first; `added` is what was not known before. */
export function mergeEvents(known: readonly TrackEvent[], incoming: readonly TrackEvent[]): { events: TrackEvent[]; added: TrackEvent[] } {
  const seen = new Set(known.map((e) => e.id))
  const added: TrackEvent[] = []
  for (const e of incoming) {
    if (seen.has(e.id)) continue
    seen.add(e.id)
    added.push(e)
  }
  const events = [...known, ...added].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
  return { events, added }
}

/** Where the parcel is now: a final node (signed, returned) wins over anything after it, else the newest node. */
export function currentStatus(events: readonly TrackEvent[]): TrackStatus | null {
  const final = events.find((e) => e.status === 'signed' || e.status === 'returned')
  if (final) return final.status
  return events.length ? events[events.length - 1].status : null
}

/** Kuaidi100 `state` (and the advanced sub-codes of resultv2=4) → our status. */
export function fromKuaidi100State(state: string | number | undefined | null): TrackStatus {
  const code = String(state ?? '').trim()
  switch (code) {
    case '1':
    case '101':
    case '102':
    case '103':
      return 'picked_up'
    case '2':
    case '14':
    case '401':
      return 'exception'
    case '3':
    case '301':
    case '302':
    case '303':
    case '304':
      return 'signed'
    case '4':
    case '6':
      return 'returned'
    case '5':
    case '501':
      return 'out_for_delivery'
    default:
      // 0 在途, 7 转投, 8 / 10–13 清关 and anything new: still travelling.
      return 'in_transit'
  }
}

/** Kuaidi100's status names (resultv2=1 puts one on each node). */
const KUAIDI100_NAMES: Record<string, TrackStatus> = {
  在途: 'in_transit',
  揽收: 'picked_up',
  疑难: 'exception',
  签收: 'signed',
  退签: 'returned',
  派件: 'out_for_delivery',
  退回: 'returned',
  转投: 'in_transit',
  清关: 'in_transit',
  拒签: 'exception',
}

export const KUAIDI100_STATES: Record<string, string> = {
  '0': '在途', '1': '揽收', '2': '疑难', '3': '签收', '4': '退签', '5': '派件', '6': '退回', '7': '转投', '8': '清关', '14': '拒签',
}

export interface Kuaidi100Node {
  time?: string
  ftime?: string
  context?: string
  status?: string
  statusCode?: string
}

/**
 * Kuaidi100 `data` (newest first) → events. Each node's own status when Kuaidi100 gave one
 * (statusCode, then the status name); without one, the newest node takes the top-level `state` and
 * older ones count as in transit.
 */
export function fromKuaidi100(data: readonly Kuaidi100Node[], state: string | undefined): TrackEvent[] {
  const out: TrackEvent[] = []
  data.forEach((node, i) => {
    const at = parseShanghaiDateTime(node.ftime ?? node.time ?? '')
    const text = String(node.context ?? '').trim()
    if (at === null || !text) return
    const own = node.statusCode ? fromKuaidi100State(node.statusCode) : node.status ? KUAIDI100_NAMES[node.status] : undefined
    out.push(trackEvent(at, own ?? (i === 0 ? fromKuaidi100State(state) : 'in_transit'), text))
  })
  return out
}

/** WeChat 物流助手 action_type → our status. */
export function fromWechatAction(actionType: number): TrackStatus {
  switch (actionType) {
    case 100001:
    case 100003:
      return 'picked_up'
    case 200001:
      return 'in_transit'
    case 300002:
      return 'out_for_delivery'
    case 300003:
      return 'signed'
    default:
      // 100002 pick-up failed, 300004 signing failed, 400001 cancelled, 400002 held.
      return 'exception'
  }
}

export function fromWechatPath(items: readonly { actionTime?: number; actionType?: number; actionMsg?: string }[]): TrackEvent[] {
  return items
    .filter((i) => Number.isFinite(i.actionTime) && Number.isFinite(i.actionType) && typeof i.actionMsg === 'string' && i.actionMsg.trim() !== '')
    .map((i) => trackEvent(Number(i.actionTime) * 1000, fromWechatAction(Number(i.actionType)), String(i.actionMsg)))
}

/** 'YYYY-MM-DD HH:mm:ss' in Beijing time (Kuaidi100's format) → epoch ms, or null. */
export function parseShanghaiDateTime(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim())
  if (!m) return null
  const [, y, mo, d, h, mi, s] = m.map(Number)
  const ms = Date.UTC(y, mo - 1, d, h, mi, s || 0) - 8 * 3_600_000
  return Number.isFinite(ms) ? ms : null
}

/** No new node for this long while not final → the merchant is told (`stalled`). */
export function isStalled(lastEventAt: number | null, shippedAt: number, now: number, stallDays: number): boolean {
  return now - (lastEventAt ?? shippedAt) >= stallDays * 86_400_000
}
