/**
 * The carrier port: one interface, three adapters, chosen by JF_CARRIER (config/keys.ts).
 * - kuaidi100: push subscription as the main path, real-time query as fallback and for refresh.
 * - wechat: 物流助手 `logistics.getPath` (its path-update push reaches carrierNotify and triggers a pull).
 * - simulated: the local cloud's carrier, which moves only when told (or on its timer) and pushes like 物流助手.
 * Each query answers normalised events (domain/logistics/track.ts) or a problem the cron can act on.
 */
import { shopConfig } from '../config'
import { carrierOf, phoneTail } from '../domain/logistics/carriers'
import { fromKuaidi100, fromWechatPath, type Kuaidi100Node, type TrackEvent } from '../domain/logistics/track'
import { kuaidi100Problem, kuaidi100QuerySign, postForm, RETRYABLE, type Kuaidi100Problem } from './kuaidi100'
import { getLogisticsPath, simulatedCarrier } from './openapi'

export interface ParcelRef {
  shipmentId: string
  openid: string
  carrierCode: string
  waybillNo: string
  /** The receiver's phone (SF and ZTO need it, or its last 4 digits, on Kuaidi100). */
  receiverPhone: string | null
}

export type CarrierProblem = Kuaidi100Problem | 'notTracked'

export type CarrierOutcome<T> = { ok: true; value: T } | { ok: false; problem: CarrierProblem; retryable: boolean; detail: string }

export interface CarrierPort {
  name: 'simulated' | 'kuaidi100' | 'wechat'
  /** Shortest time between two queries of one waybill (Kuaidi100 locks a waybill queried more often). */
  minQueryIntervalMs: number
  /** Asks the carrier to push this parcel's nodes; 'none' when this adapter has no push to ask for. */
  subscribe(p: ParcelRef): Promise<CarrierOutcome<'subscribed' | 'none'>>
  query(p: ParcelRef): Promise<CarrierOutcome<TrackEvent[]>>
}

const failed = (problem: CarrierProblem, detail: string, retryable = RETRYABLE.has(problem as Kuaidi100Problem)) => ({ ok: false as const, problem, retryable, detail: detail.slice(0, 200) })

function errorDetail(err: unknown): string {
  return String((err as Error)?.message ?? err)
}

const kuaidi100: CarrierPort = {
  name: 'kuaidi100',
  minQueryIntervalMs: 30 * 60_000,
  async subscribe(p) {
    const cfg = shopConfig()
    const push = cfg.logistics.kuaidi100Push
    const account = cfg.kuaidi100
    if (!push || !account) return { ok: true, value: 'none' }
    const company = carrierOf(p.carrierCode)?.kuaidi100
    if (!company) return failed('unknownCarrier', p.carrierCode, false)
    const tail = phoneTail(p.receiverPhone)
    const param = JSON.stringify({
      company,
      number: p.waybillNo,
      key: account.key,
      parameters: { callbackurl: push.callbackUrl, salt: push.salt, resultv2: '1', ...(tail ? { phone: p.receiverPhone } : {}) },
    })
    try {
      const reply = await postForm(`${cfg.logistics.kuaidi100ApiBase}/poll`, { schema: 'json', param })
      const body = reply.body as { result?: boolean; returnCode?: string; message?: string }
      if (reply.status === 429) return failed('rateLimited', 'HTTP 429')
      if (body?.result === true || String(body?.returnCode) === '200') return { ok: true, value: 'subscribed' }
      const problem = kuaidi100Problem(String(body?.returnCode ?? ''), String(body?.message ?? ''), 'poll')
      if (problem === 'alreadySubscribed') return { ok: true, value: 'subscribed' }
      return failed(problem, `${body?.returnCode ?? reply.status} ${body?.message ?? ''}`)
    } catch (err) {
      return failed('network', errorDetail(err), true)
    }
  },
  async query(p) {
    const cfg = shopConfig()
    const account = cfg.kuaidi100
    if (!account) return failed('accountExpired', 'JF_KUAIDI100_CUSTOMER / JF_KUAIDI100_KEY are not set', false)
    const carrier = carrierOf(p.carrierCode)
    if (!carrier) return failed('unknownCarrier', p.carrierCode, false)
    const tail = carrier.needsPhone ? phoneTail(p.receiverPhone) : null
    const param = JSON.stringify({ com: carrier.kuaidi100, num: p.waybillNo, ...(tail ? { phone: tail } : {}), resultv2: '1' })
    try {
      const reply = await postForm(`${cfg.logistics.kuaidi100ApiBase}/poll/query.do`, { customer: account.customer, sign: kuaidi100QuerySign(param, account.key, account.customer), param })
      if (reply.status === 429) return failed('rateLimited', 'HTTP 429')
      const body = reply.body as { result?: boolean; returnCode?: string; message?: string; status?: string; state?: string; data?: Kuaidi100Node[] }
      if (body && String(body.status) === '200' && Array.isArray(body.data)) return { ok: true, value: fromKuaidi100(body.data, body.state) }
      const problem = kuaidi100Problem(String(body?.returnCode ?? ''), String(body?.message ?? ''), 'query')
      return failed(problem, `${body?.returnCode ?? reply.status} ${body?.message ?? ''}`)
    } catch (err) {
      return failed('network', errorDetail(err), true)
    }
  },
}

/** 物流助手 and the simulated carrier answer in the same shape; only the api differs. */
function pathAdapter(name: 'wechat' | 'simulated'): CarrierPort {
  const ask = (api: 'follow' | 'path', p: ParcelRef) => {
    const q = { orderId: p.shipmentId, openid: p.openid, deliveryId: p.carrierCode, waybillId: p.waybillNo, receiverPhone: p.receiverPhone ?? undefined }
    return name === 'simulated' ? simulatedCarrier(api, q) : getLogisticsPath(q)
  }
  return {
    name,
    minQueryIntervalMs: name === 'simulated' ? 0 : 5 * 60_000,
    async subscribe(p) {
      if (name === 'wechat') return { ok: true, value: 'none' }
      if (!carrierOf(p.carrierCode)) return failed('unknownCarrier', p.carrierCode, false)
      try {
        await ask('follow', p)
        return { ok: true, value: 'subscribed' }
      } catch (err) {
        return failed('carrierBusy', errorDetail(err), true)
      }
    },
    async query(p) {
      if (!carrierOf(p.carrierCode)) return failed('unknownCarrier', p.carrierCode, false)
      try {
        return { ok: true, value: fromWechatPath(await ask('path', p)) }
      } catch (err) {
        const code = Number((err as { errCode?: unknown })?.errCode)
        // 物流助手 knows only waybills created through it (addOrder); others are not tracked there.
        if (name === 'wechat' && code === 9300502) return failed('notTracked', errorDetail(err), false)
        return failed('carrierBusy', errorDetail(err), true)
      }
    },
  }
}

const ADAPTERS: Record<CarrierPort['name'], CarrierPort> = { kuaidi100, wechat: pathAdapter('wechat'), simulated: pathAdapter('simulated') }

export function carrierPort(): CarrierPort {
  return ADAPTERS[shopConfig().logistics.adapter]
}
