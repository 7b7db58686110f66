/**
 * WeChat Pay as cloudPay exposes it, answered from records in the fake state store. Requests and
 * replies are the snake_case JSON that crosses the SDK's wire; the SDK camelCases the reply for the
 * calling function. See ../README.md for the facts this models and the choices made where WeChat's
 * behaviour is undocumented.
 */
import { systemClock, type Clock } from '../clock'
import { FakeError } from '../fake-error'
import type { PlatformCall, RuntimePort } from '../runtime-port'
import { serialQueue } from '../serial-queue'
import { DEV_COLLECTIONS, type FakeStateStore } from '../state-store'
import { paymentCallbackEvent, refundCallbackEvent, type PayFakeAccount } from './pay-callback-events'
import { newNonce, newPrepayId, newRefundId, newTransactionId } from './pay-ids'
import { orderQueryReply, prepayReply, refundQueryReply, refundReply } from './pay-reply-builders'
import type { PrepayRecord, RefundRecord } from './pay-records'
import { businessFail, PAY_FAILURES, protocolFail, success, type PayFailure } from './pay-replies'
import { checkRefund, checkUnifiedOrder, orderRef, snakeKeys, type Checked } from './pay-request-rules'

export const CLOSE_DELAY_MS = 5 * 60_000
export const MAX_PARTIAL_REFUNDS = 50
const REFUND_WINDOW_MS = 365 * 24 * 3600_000
const MAX_DUPLICATE_DELIVERIES = 20

export interface PayFakeOptions {
  runtime: Pick<RuntimePort, 'invoke'>
  store: FakeStateStore
  clock?: Clock
  account?: PayFakeAccount
  /**
   * WeChat refuses closeOrder within 5 minutes of unifiedOrder. Off by default so a developer can
   * cancel right away; integration tests that care turn it on together with a manual clock.
   */
  strictCloseDelay?: boolean
  /** Delay before the refund callback fires; WeChat's is seconds to days, the fake's is immediate. */
  refundCallbackDelayMs?: number
}

export interface SimulatePayOptions {
  /** The payer (mini program openid); defaults to whoever called unifiedOrder, if known. */
  openid?: string
  /** Send a different amount than was ordered, to test that the callback refuses tampered amounts. */
  totalFee?: number
  /** Deliver the same notification n times, as WeChat does when it retries. */
  times?: number
}

export interface SimulatePayResult {
  outTradeNo: string
  transactionId: string
  functionName: string
  deliveries: { reply: unknown; error: string | null }[]
}

type Reply = Record<string, unknown>

const PAY = DEV_COLLECTIONS.pay
const REFUNDS = DEV_COLLECTIONS.refunds

const missingParam = (name: string) => protocolFail(`缺少参数 ${name} / missing parameter ${name}`)
const orderError = (des: string): PayFailure => ({ errCode: 'ERROR', des })

function rejection<T>(checked: Checked<T>): Reply | null {
  if (checked.ok) return null
  return 'missing' in checked ? missingParam(checked.missing) : businessFail(checked.failure)
}

export class PayFake {
  private readonly clock: Clock
  private readonly account: PayFakeAccount
  private readonly exclusive = serialQueue()
  private readonly pendingCallbacks = new Set<Promise<void>>()

  constructor(private readonly options: PayFakeOptions) {
    this.clock = options.clock ?? systemClock
    this.account = options.account ?? { appid: 'wx_local_cloud_dev' }
  }

  /** The runtime's pay handler: dispatch on the cloudPay api name exactly as the SDK sent it. */
  handle = async (req: PlatformCall): Promise<Reply> => {
    switch (req.api) {
      case 'unifiedOrder':
        return this.unifiedOrder(req.data, req.openid ?? null)
      case 'queryOrder':
        return this.queryOrder(req.data)
      case 'closeOrder':
        return this.closeOrder(req.data)
      case 'refund':
        return this.refund(req.data)
      case 'queryRefund':
        return this.queryRefund(req.data)
      default:
        return protocolFail(`本地云未实现 cloudPay.${req.api} / cloudPay.${req.api} is not implemented by the local cloud`)
    }
  }

  unifiedOrder(data: unknown, callerOpenid: string | null = null): Promise<Reply> {
    const checked = checkUnifiedOrder(data)
    const refused = rejection(checked)
    if (refused || !checked.ok) return Promise.resolve(refused ?? {})
    const params = checked.value
    return this.exclusive(async () => {
      const existing = await this.options.store.get<PrepayRecord>(PAY, params.outTradeNo)
      if (existing) {
        if (existing.state === 'SUCCESS') return businessFail(PAY_FAILURES.orderPaid)
        if (existing.state === 'CLOSED') return businessFail(PAY_FAILURES.orderClosed)
        const sameOrder =
          existing.totalFee === params.totalFee &&
          existing.body === params.body &&
          existing.subMchId === params.subMchId &&
          existing.functionName === params.functionName
        if (!sameOrder) return businessFail(PAY_FAILURES.duplicateOutTradeNo)
        // WeChat hands back the same prepay for an identical repeat, so a retried checkout is harmless.
        return prepayReply(existing, this.account, this.clock.now())
      }
      const now = this.clock.now()
      const record: PrepayRecord = {
        _id: params.outTradeNo,
        outTradeNo: params.outTradeNo,
        subMchId: params.subMchId,
        body: params.body,
        totalFee: params.totalFee,
        attach: params.attach,
        envId: params.envId,
        functionName: params.functionName,
        spbillCreateIp: params.spbillCreateIp,
        tradeType: params.tradeType,
        prepayId: newPrepayId(now),
        payerOpenid: params.openid ?? callerOpenid,
        state: 'NOTPAY',
        createdAt: now,
        paidAt: null,
        closedAt: null,
        transactionId: null,
        paidOpenid: null,
        refundedFee: 0,
        refundCount: 0,
        deliveries: [],
      }
      await this.options.store.put(PAY, record)
      return prepayReply(record, this.account, this.clock.now())
    })
  }

  private async findOrder(data: Record<string, unknown>): Promise<PrepayRecord | null> {
    const ref = orderRef(data)
    if (!ref) return null
    if (ref.outTradeNo) return this.options.store.get<PrepayRecord>(PAY, ref.outTradeNo)
    const [match] = await this.options.store.list<PrepayRecord>(PAY, { transactionId: ref.transactionId })
    return match ?? null
  }

  async queryOrder(raw: unknown): Promise<Reply> {
    const data = snakeKeys(raw)
    if (!orderRef(data)) return missingParam('out_trade_no')
    const record = await this.findOrder(data)
    return record ? orderQueryReply(record) : businessFail(PAY_FAILURES.orderNotExist)
  }

  closeOrder(raw: unknown): Promise<Reply> {
    const data = snakeKeys(raw)
    if (!data.out_trade_no) return Promise.resolve(missingParam('out_trade_no'))
    return this.exclusive(async () => {
      const record = await this.findOrder(data)
      if (!record) return businessFail(PAY_FAILURES.orderNotExist)
      if (record.state === 'SUCCESS') return businessFail(PAY_FAILURES.orderPaid)
      if (record.state === 'CLOSED') return businessFail(PAY_FAILURES.orderClosed)
      const now = this.clock.now()
      if (this.options.strictCloseDelay && now - record.createdAt < CLOSE_DELAY_MS) {
        return businessFail(PAY_FAILURES.closeTooSoon)
      }
      await this.options.store.put(PAY, { ...record, state: 'CLOSED', closedAt: now })
      return success({ sub_mch_id: record.subMchId, nonce_str: newNonce() })
    })
  }

  refund(raw: unknown): Promise<Reply> {
    const checked = checkRefund(raw)
    const refused = rejection(checked)
    if (refused || !checked.ok) return Promise.resolve(refused ?? {})
    const params = checked.value
    return this.exclusive(async () => {
      const store = this.options.store
      const order = await this.findOrder({
        out_trade_no: params.order.outTradeNo,
        transaction_id: params.order.transactionId,
      })
      if (!order) return businessFail(PAY_FAILURES.orderNotExist)
      const previous = await store.get<RefundRecord>(REFUNDS, params.outRefundNo)
      if (previous) {
        const sameRequest =
          previous.outTradeNo === order.outTradeNo &&
          previous.refundFee === params.refundFee &&
          previous.totalFee === params.totalFee
        // Reusing out_refund_no is how a merchant retries safely; it must not refund twice.
        if (sameRequest) return refundReply(previous)
        return businessFail({
          errCode: 'PARAM_ERROR',
          des: '订单金额或退款金额与之前请求不一致 / out_refund_no was already used with different amounts',
        })
      }
      const now = this.clock.now()
      if (order.state !== 'SUCCESS' || !order.transactionId || order.paidAt === null)
        return businessFail(orderError('订单未支付，不能退款 / the order is not paid'))
      if (params.totalFee !== order.totalFee)
        return businessFail({ errCode: 'PARAM_ERROR', des: '订单金额不一致 / total_fee does not match the order' })
      if (now - order.paidAt > REFUND_WINDOW_MS)
        return businessFail(orderError('订单已超过退款期限(一年) / orders older than one year cannot be refunded'))
      if (order.refundCount >= MAX_PARTIAL_REFUNDS)
        return businessFail(orderError('部分退款不能超过50次 / at most 50 partial refunds per order'))
      if (order.refundedFee + params.refundFee > order.totalFee)
        return businessFail(orderError('累计退款金额超过支付金额 / total refunds would exceed the amount paid'))
      const refund: RefundRecord = {
        _id: params.outRefundNo,
        outRefundNo: params.outRefundNo,
        refundId: newRefundId(),
        outTradeNo: order.outTradeNo,
        transactionId: order.transactionId,
        subMchId: order.subMchId,
        totalFee: order.totalFee,
        refundFee: params.refundFee,
        refundDesc: params.refundDesc,
        envId: params.envId,
        functionName: params.functionName,
        status: 'PROCESSING',
        createdAt: now,
        successAt: null,
        callbackReply: null,
        callbackError: null,
      }
      await store.put(REFUNDS, refund)
      await store.put(PAY, {
        ...order,
        refundedFee: order.refundedFee + params.refundFee,
        refundCount: order.refundCount + 1,
      })
      this.scheduleRefundCallback(refund.outRefundNo)
      return refundReply(refund)
    })
  }

  /** Fires after the refund call has returned, as WeChat's notification does. */
  private scheduleRefundCallback(outRefundNo: string): void {
    const delivery = new Promise<void>((resolve) => {
      // Not unref'd: a script awaiting settled() must not exit before the notification goes out.
      setTimeout(() => {
        this.deliverRefund(outRefundNo).finally(resolve)
      }, this.options.refundCallbackDelayMs ?? 0)
    })
    this.pendingCallbacks.add(delivery)
    void delivery.finally(() => this.pendingCallbacks.delete(delivery))
  }

  private async deliverRefund(outRefundNo: string): Promise<void> {
    const store = this.options.store
    const successAt = this.clock.now()
    const refund = await this.exclusive(async () => {
      const current = await store.get<RefundRecord>(REFUNDS, outRefundNo)
      if (!current) return null
      const done: RefundRecord = { ...current, status: 'SUCCESS', successAt }
      await store.put(REFUNDS, done)
      return done
    })
    if (!refund?.functionName) return
    let reply: unknown = null
    let error: string | null = null
    try {
      reply = await this.options.runtime.invoke(refund.functionName, refundCallbackEvent(refund, successAt, this.account), {
        openid: null,
        source: 'wx_paycallback',
      })
    } catch (e) {
      error = e instanceof Error ? e.message : String(e)
    }
    await this.exclusive(async () => {
      const latest = await store.get<RefundRecord>(REFUNDS, outRefundNo)
      if (latest) await store.put(REFUNDS, { ...latest, callbackReply: reply, callbackError: error })
    })
  }

  /** Resolves once every scheduled refund callback has been delivered (tests and dev tools). */
  async settled(): Promise<void> {
    while (this.pendingCallbacks.size > 0) await Promise.all([...this.pendingCallbacks])
  }

  async queryRefund(raw: unknown): Promise<Reply> {
    const data = snakeKeys(raw)
    const store = this.options.store
    let refunds: RefundRecord[]
    if (typeof data.out_refund_no === 'string') {
      const one = await store.get<RefundRecord>(REFUNDS, data.out_refund_no)
      refunds = one ? [one] : []
    } else if (typeof data.refund_id === 'string') {
      refunds = await store.list<RefundRecord>(REFUNDS, { refundId: data.refund_id })
    } else if (orderRef(data)) {
      const order = await this.findOrder(data)
      refunds = order ? await store.list<RefundRecord>(REFUNDS, { outTradeNo: order.outTradeNo }) : []
    } else {
      return missingParam('out_refund_no')
    }
    if (refunds.length === 0) return businessFail(PAY_FAILURES.refundNotExist)
    const order = await store.get<PrepayRecord>(PAY, refunds[0].outTradeNo)
    return refundQueryReply(refunds, order?.refundedFee ?? refunds.reduce((sum, r) => sum + r.refundFee, 0))
  }

  /**
   * The user pays: mark the order paid and deliver WeChat's notification to the order's functionName.
   * Calling it again on a paid order re-delivers (WeChat repeats notifications too).
   */
  async simulatePay(outTradeNo: string, options: SimulatePayOptions = {}): Promise<SimulatePayResult> {
    const times = options.times ?? 1
    if (!Number.isInteger(times) || times < 1 || times > MAX_DUPLICATE_DELIVERIES)
      throw new FakeError('INVALID_INPUT', `times 须为1-${MAX_DUPLICATE_DELIVERIES}的整数 / times must be an integer 1-${MAX_DUPLICATE_DELIVERIES}`)
    if (options.totalFee !== undefined && !Number.isInteger(options.totalFee))
      throw new FakeError('INVALID_INPUT', 'totalFee 须为整数(分) / totalFee must be an integer in fen')
    const store = this.options.store
    const paid = await this.exclusive(async () => {
      const record = await store.get<PrepayRecord>(PAY, outTradeNo)
      if (!record) throw new FakeError('NOT_FOUND', `预支付单不存在 / no prepay for outTradeNo ${outTradeNo}`)
      if (record.state === 'CLOSED') throw new FakeError('CONFLICT', '订单已关闭，不能支付 / the order is closed')
      if (record.state === 'SUCCESS') {
        if (options.openid && options.openid !== record.paidOpenid)
          throw new FakeError('CONFLICT', '订单已由其他用户支付 / the order was paid by another user')
        return record
      }
      const openid = options.openid ?? record.payerOpenid
      if (!openid) throw new FakeError('INVALID_INPUT', '需要付款人 openid / openid of the payer is required')
      const now = this.clock.now()
      const updated: PrepayRecord = {
        ...record,
        state: 'SUCCESS',
        paidAt: now,
        paidOpenid: openid,
        transactionId: newTransactionId(),
      }
      await store.put(PAY, updated)
      return updated
    })
    const delivery = {
      openid: paid.paidOpenid as string,
      totalFee: options.totalFee ?? paid.totalFee,
      transactionId: paid.transactionId as string,
      paidAt: paid.paidAt as number,
    }
    const deliveries: SimulatePayResult['deliveries'] = []
    for (let n = 0; n < times; n++) {
      const event = paymentCallbackEvent(paid, delivery, this.account)
      let reply: unknown = null
      let error: string | null = null
      try {
        reply = await this.options.runtime.invoke(paid.functionName, event, { openid: null, source: 'wx_paycallback' })
      } catch (e) {
        error = e instanceof Error ? e.message : String(e)
      }
      deliveries.push({ reply, error })
    }
    await this.exclusive(async () => {
      const latest = await store.get<PrepayRecord>(PAY, outTradeNo)
      if (!latest) return
      const at = this.clock.now()
      const log = deliveries.map((d) => ({ at, totalFee: delivery.totalFee, reply: d.reply, error: d.error }))
      await store.put(PAY, { ...latest, deliveries: [...latest.deliveries, ...log] })
    })
    return { outTradeNo, transactionId: delivery.transactionId, functionName: paid.functionName, deliveries }
  }

  async listPrepays(): Promise<PrepayRecord[]> {
    const all = await this.options.store.list<PrepayRecord>(PAY)
    return all.sort((a, b) => b.createdAt - a.createdAt)
  }

  async listRefunds(): Promise<RefundRecord[]> {
    const all = await this.options.store.list<RefundRecord>(REFUNDS)
    return all.sort((a, b) => b.createdAt - a.createdAt)
  }
}
