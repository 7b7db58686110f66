/**
 * A local stand-in for Kuaidi100's real-time query API (POST /poll/query.do), answering from the
 * simulated carrier. It checks the request exactly as Kuaidi100 does (form fields customer/sign/param,
 * sign = MD5(param + key + customer) in uppercase hex) so a real adapter can be pointed at it.
 */
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { shanghaiDateTime } from '../clock'
import { HttpError, readBody, sendJson } from '../http/http-io'
import { companyById, companyByKuaidi100Code } from './delivery-companies'
import { isSigned, type SimulatedCarrier, type WaybillRecord } from './simulated-carrier'
import { ACTION } from './track-events'

export interface Kuaidi100StubOptions {
  carrier: SimulatedCarrier
  customer?: string
  key?: string
  host?: string
}

export interface Kuaidi100Stub {
  port: number
  /** Base URL; the query endpoint is `${url}/poll/query.do`. */
  url: string
  customer: string
  key: string
  /** Every request received, parsed, for assertions. */
  requests: { customer: string; sign: string; param: string }[]
  close(): Promise<void>
}

export const kuaidi100Sign = (param: string, key: string, customer: string) =>
  createHash('md5').update(param + key + customer).digest('hex').toUpperCase()

const failure = (returnCode: string, message: string) => ({ result: false, returnCode, message })

/** Kuaidi100 `state` for the latest WeChat action code (docs/platform-facts.md §4 tables). */
const STATE_BY_ACTION: Record<number, { state: string; name: string }> = {
  [ACTION.pickedUp]: { state: '1', name: '揽收' },
  [ACTION.inTransit]: { state: '0', name: '在途' },
  [ACTION.outForDelivery]: { state: '5', name: '派件' },
  [ACTION.signed]: { state: '3', name: '签收' },
  [ACTION.cancelled]: { state: '2', name: '疑难' },
}

function phoneMatches(given: unknown, known: string | null): boolean {
  if (typeof given !== 'string' || given === '') return false
  // Kuaidi100 accepts the full number or its last four digits.
  return known === null || given === known || (given.length === 4 && known.endsWith(given))
}

export function answerQuery(
  fields: URLSearchParams,
  expected: { customer: string; key: string },
  lookup: (num: string) => Promise<WaybillRecord | null>,
): Promise<Record<string, unknown>> {
  return (async () => {
    const customer = fields.get('customer') ?? ''
    const sign = fields.get('sign') ?? ''
    const param = fields.get('param') ?? ''
    if (!customer || !sign || !param) return failure('400', '参数不完整 / customer, sign and param are required')
    if (customer !== expected.customer) return failure('601', 'customer 无效或 key 已过期 / unknown customer')
    if (sign !== kuaidi100Sign(param, expected.key, customer)) return failure('503', '验证签名失败 / sign check failed')
    let query: Record<string, unknown>
    try {
      query = JSON.parse(param)
    } catch {
      return failure('400', 'param 不是合法 JSON / param is not valid JSON')
    }
    const com = typeof query.com === 'string' ? query.com : ''
    const num = typeof query.num === 'string' ? query.num : ''
    const company = companyByKuaidi100Code(com)
    if (!company || !num) return failure('400', '找不到对应公司或单号 / unknown com or missing num')
    const waybill = await lookup(num)
    if (!waybill || companyById(waybill.deliveryId)?.kuaidi100Code !== com)
      return failure('500', '查询无结果，请隔段时间再查 / no tracking data for this number')
    if (company.kuaidi100NeedsPhone && !phoneMatches(query.phone, waybill.receiverPhone))
      return failure('408', '快递公司参数异常：验证码错误 / this carrier needs the receiver phone')
    const rich = query.resultv2 !== undefined && String(query.resultv2) !== '0'
    const newestFirst = [...waybill.events].sort((a, b) => b.at - a.at)
    const latest = newestFirst[0]
    return {
      message: 'ok',
      nu: num,
      ischeck: isSigned(waybill) ? '1' : '0',
      condition: 'F00',
      com,
      status: '200',
      state: latest ? STATE_BY_ACTION[latest.actionType]?.state ?? '0' : '0',
      data: newestFirst.map((e) => ({
        time: shanghaiDateTime(e.at),
        ftime: shanghaiDateTime(e.at),
        context: e.actionMsg,
        location: '',
        ...(rich ? { status: STATE_BY_ACTION[e.actionType]?.name ?? '在途', areaCode: 'CN310000000000', areaName: '上海' } : {}),
      })),
    }
  })()
}

export async function startKuaidi100Stub(port: number, options: Kuaidi100StubOptions): Promise<Kuaidi100Stub> {
  const customer = options.customer ?? 'LOCALCLOUDCUSTOMER'
  const key = options.key ?? 'local-cloud-kuaidi100-key'
  const requests: Kuaidi100Stub['requests'] = []
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const path = new URL(req.url ?? '/', 'http://stub').pathname
        if (path !== '/poll/query.do') return sendJson(res, 404, failure('404', '接口不存在 / not found'))
        if (req.method !== 'POST') return sendJson(res, 405, failure('405', '请使用 POST / use POST'))
        const fields = new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'))
        requests.push({ customer: fields.get('customer') ?? '', sign: fields.get('sign') ?? '', param: fields.get('param') ?? '' })
        sendJson(res, 200, await answerQuery(fields, { customer, key }, (num) => options.carrier.get(num)))
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 500
        sendJson(res, status, failure(String(status), error instanceof Error ? error.message : 'error'))
      }
    })()
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const actualPort = (server.address() as AddressInfo).port
  return {
    port: actualPort,
    url: `http://${host}:${actualPort}`,
    customer,
    key,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  }
}
