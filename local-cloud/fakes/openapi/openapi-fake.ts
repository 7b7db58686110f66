/**
 * WeChat openapi (云调用) as the local cloud answers it. Every call, accepted or refused, lands in the
 * outbox so a developer or a test can see exactly what the shop tried to send.
 */
import { randomUUID } from 'node:crypto'
import type { SimulatedCarrier } from '../carrier/simulated-carrier'
import { systemClock, type Clock } from '../clock'
import { FakeError } from '../fake-error'
import type { PlatformCall } from '../runtime-port'
import { serialQueue } from '../serial-queue'
import { DEV_COLLECTIONS, type FakeDoc, type FakeStateStore } from '../state-store'
import { addOrder, cancelOrder, getAllDelivery, getPath, localCarrier } from './logistics-handlers'
import { fail, ok, OPENAPI_ERRCODES } from './openapi-replies'
import { isShippingUpload, shippingInfoProblem } from './shipping-info-rules'
import { subscribeDataProblem } from './subscribe-message-rules'

export interface OutboxEntry extends FakeDoc {
  seq: number
  api: string
  data: unknown
  at: number
  /** The user the call is about (touser, openid or payer.openid), when there is one. */
  openid: string | null
  /** Who made the call, when the runtime passes it. */
  callerOpenid: string | null
  errcode: number
  errmsg: string
}

/** One accepted one-time subscription = one message allowed (docs/platform-facts.md §3). */
export interface SubscriptionGrant extends FakeDoc {
  openid: string
  templateId: string
  remaining: number
  updatedAt: number
}

export interface OpenApiFakeOptions {
  store: FakeStateStore
  carrier: SimulatedCarrier
  clock?: Clock
  /**
   * When true, subscribeMessage.send needs a grant (POST /api/dev/subscriptions) and uses it up, as a
   * one-time subscription does. Off by default so the shop's messages flow without ceremony.
   */
  strictSubscriptions?: boolean
}

/** WeChat JSON; the extra fields differ per api, so callers read them loosely as the SDK does. */
export type OpenApiReply = { errcode: number; errmsg: string; [key: string]: any }
type Reply = OpenApiReply

const OUTBOX = DEV_COLLECTIONS.outbox
const SUBSCRIPTIONS = DEV_COLLECTIONS.subscriptions
const grantId = (openid: string, templateId: string) => `${openid}:${templateId}`
const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null)

function subjectOpenid(data: Record<string, unknown>): string | null {
  const payer = data.payer as { openid?: unknown } | undefined
  return text(data.touser) ?? text(data.openid) ?? text(payer?.openid) ?? null
}

export class OpenApiFake {
  private readonly clock: Clock
  private readonly exclusive = serialQueue()
  private readonly injectedFailures = new Map<string, { errcode: number; errmsg: string }[]>()
  private seq = 0
  strictSubscriptions: boolean

  constructor(private readonly options: OpenApiFakeOptions) {
    this.clock = options.clock ?? systemClock
    this.strictSubscriptions = options.strictSubscriptions ?? false
  }

  /** The runtime's openapi handler. */
  handle = async (req: PlatformCall): Promise<Reply> => {
    const data = (req.data && typeof req.data === 'object' ? req.data : {}) as Record<string, unknown>
    const reply = this.takeInjectedFailure(req.api) ?? (await this.answer(req.api, data))
    const at = this.clock.now()
    const entry: OutboxEntry = {
      _id: randomUUID(),
      seq: ++this.seq,
      api: req.api,
      data,
      at,
      openid: subjectOpenid(data),
      callerOpenid: req.openid ?? null,
      errcode: reply.errcode,
      errmsg: reply.errmsg,
    }
    await this.options.store.put(OUTBOX, entry)
    return reply
  }

  /** The next call of `api` fails with `errcode` (queued: call twice to fail twice). */
  failNext(api: string, errcode: number, errmsg = 'injected failure / 模拟失败'): void {
    if (!api) throw new FakeError('INVALID_INPUT', '缺少 api / api is required')
    if (!Number.isInteger(errcode) || errcode === 0)
      throw new FakeError('INVALID_INPUT', 'errcode 须为非零整数 / errcode must be a non-zero integer')
    const queue = this.injectedFailures.get(api) ?? []
    queue.push({ errcode, errmsg })
    this.injectedFailures.set(api, queue)
  }

  private takeInjectedFailure(api: string): Reply | null {
    const next = this.injectedFailures.get(api)?.shift()
    return next ? fail(next.errcode, next.errmsg) : null
  }

  private async answer(api: string, data: Record<string, unknown>): Promise<Reply> {
    const carrier = this.options.carrier
    if (api === 'subscribeMessage.send') return this.sendSubscribeMessage(data)
    if (api === 'logistics.getAllDelivery') return getAllDelivery()
    if (api === 'logistics.addOrder') return addOrder(carrier, data)
    if (api === 'logistics.getPath') return getPath(carrier, data)
    if (api === 'logistics.cancelOrder') return cancelOrder(carrier, data)
    if (api === 'phonenumber.getPhoneNumber') return phoneNumberReply(data)
    if (api === 'localCarrier.follow') return localCarrier(carrier, 'follow', data)
    if (api === 'localCarrier.path') return localCarrier(carrier, 'path', data)
    if (isShippingUpload(api)) {
      const problem = shippingInfoProblem(data)
      return problem ? fail(OPENAPI_ERRCODES.dataFormat, problem) : ok()
    }
    // Anything else is recorded and accepted, so new features work locally before the fake learns them.
    return ok()
  }

  private async sendSubscribeMessage(data: Record<string, unknown>): Promise<Reply> {
    const touser = text(data.touser)
    if (!touser) return fail(OPENAPI_ERRCODES.invalidOpenid, 'invalid openid: touser is required')
    const templateId = text(data.template_id)
    if (!templateId) return fail(OPENAPI_ERRCODES.invalidTemplate, 'invalid template_id')
    const state = data.miniprogram_state
    if (state !== undefined && !['developer', 'trial', 'formal'].includes(state as string))
      return fail(OPENAPI_ERRCODES.argumentInvalid, 'argument invalid! miniprogram_state')
    const problem = subscribeDataProblem(data.data)
    if (problem) return fail(OPENAPI_ERRCODES.argumentInvalid, `argument invalid! ${problem}`)
    if (!this.strictSubscriptions) return ok({ msgid: this.clock.now() })
    const used = await this.exclusive(async () => {
      const grant = await this.options.store.get<SubscriptionGrant>(SUBSCRIPTIONS, grantId(touser, templateId))
      if (!grant || grant.remaining <= 0) return false
      await this.options.store.put(SUBSCRIPTIONS, { ...grant, remaining: grant.remaining - 1, updatedAt: this.clock.now() })
      return true
    })
    return used ? ok({ msgid: this.clock.now() }) : fail(OPENAPI_ERRCODES.notSubscribed, 'user refuse to accept the msg')
  }

  /** The user tapped "allow" for these templates: one message each. */
  grantSubscriptions(openid: string, templateIds: string[]): Promise<SubscriptionGrant[]> {
    if (!openid) throw new FakeError('INVALID_INPUT', '缺少 openid / openid is required')
    if (!Array.isArray(templateIds) || templateIds.length === 0 || templateIds.some((t) => typeof t !== 'string' || !t))
      throw new FakeError('INVALID_INPUT', 'templateIds 须为非空字符串数组 / templateIds must be non-empty strings')
    return this.exclusive(async () => {
      const grants: SubscriptionGrant[] = []
      for (const templateId of templateIds) {
        const id = grantId(openid, templateId)
        const current = await this.options.store.get<SubscriptionGrant>(SUBSCRIPTIONS, id)
        const grant: SubscriptionGrant = {
          _id: id,
          openid,
          templateId,
          remaining: (current?.remaining ?? 0) + 1,
          updatedAt: this.clock.now(),
        }
        await this.options.store.put(SUBSCRIPTIONS, grant)
        grants.push(grant)
      }
      return grants
    })
  }

  async listSubscriptions(): Promise<SubscriptionGrant[]> {
    return this.options.store.list<SubscriptionGrant>(SUBSCRIPTIONS)
  }

  async outbox(filter: { api?: string; openid?: string } = {}): Promise<OutboxEntry[]> {
    const query: Record<string, unknown> = {}
    if (filter.api) query.api = filter.api
    if (filter.openid) query.openid = filter.openid
    const entries = await this.options.store.list<OutboxEntry>(OUTBOX, query)
    return entries.sort((a, b) => a.at - b.at || a.seq - b.seq)
  }

  clearOutbox(): Promise<void> {
    return this.options.store.clear(OUTBOX)
  }
}

/**
 * getPhoneNumber codes on the local cloud: the dev page's fake button sends `dev-phone-<11 digits>`;
 * anything else is the invalid-code error (40029) WeChat gives a used or expired code.
 */
function phoneNumberReply(data: Record<string, unknown>): Reply {
  const match = /^dev-phone-(1\d{10})$/.exec(text(data.code) ?? '')
  if (!match) return fail(40029, 'invalid code')
  return ok({ phone_info: { phone_number: match[1], pure_phone_number: match[1], country_code: '86' } })
}
