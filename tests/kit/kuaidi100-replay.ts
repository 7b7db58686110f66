/**
 * A local Kuaidi100 for tests: serves the subscribe API (`POST /poll`) and the real-time query
 * (`POST /poll/query.do`, sign checked as Kuaidi100 does), answering with replies in Kuaidi100's
 * recorded shapes — success, every error code, rate limiting — queued by the test; and it pushes
 * callbacks to the URL a subscription named, genuine (sign = MD5(param + salt), uppercase) or forged.
 * Facts: docs/platform-facts.md §4 "Kuaidi100".
 */
import { createHash } from 'node:crypto'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

const md5 = (s: string) => createHash('md5').update(s, 'utf8').digest('hex').toUpperCase()

export interface Kuaidi100Node {
  time: string
  ftime: string
  context: string
  status?: string
}

/** A successful query reply / push lastResult, newest node first, as Kuaidi100 sends it. */
export function kuaidi100Result(com: string, nu: string, state: string, nodes: { time: string; context: string; status?: string }[]) {
  return {
    message: 'ok',
    nu,
    ischeck: state === '3' ? '1' : '0',
    condition: 'F00',
    com,
    status: '200',
    state,
    data: nodes.map((n) => ({ time: n.time, ftime: n.time, context: n.context, ...(n.status ? { status: n.status } : {}) })),
  }
}

/** Failure replies Kuaidi100 documents for the query API. */
export const QUERY_ERRORS = {
  badParams: { result: false, returnCode: '400', message: '找不到对应公司' },
  phoneNeeded: { result: false, returnCode: '408', message: '您提交的电话号码后四位不正确' },
  noData: { result: false, returnCode: '500', message: '查询无结果，请隔段时间再查' },
  busy: { result: false, returnCode: '502', message: '服务器繁忙' },
  rateLimited: { result: false, returnCode: '503', message: '查询过于频繁，单号已被锁定，请30分钟后再查' },
  badSign: { result: false, returnCode: '503', message: '验证签名失败' },
  expired: { result: false, returnCode: '601', message: 'POLL:KEY已过期' },
} as const

export interface Subscription {
  company: string
  number: string
  key: string
  callbackurl: string
  salt: string
  phone?: string
}

export interface Kuaidi100Replay {
  url: string
  customer: string
  key: string
  subscriptions: Subscription[]
  /** Every query received (form fields as sent) and whether its sign was right. */
  queries: { customer: string; sign: string; param: string; signOk: boolean }[]
  /** The next query replies with this (FIFO); with nothing queued: `noData`. */
  queueQuery(reply: unknown): void
  queueSubscribe(reply: unknown): void
  /** POSTs a push for a subscribed waybill to its callback URL; `forge` signs with the wrong salt. */
  push(number: string, body: { status: 'polling' | 'shutdown' | 'abort' | 'updateall'; lastResult: unknown }, opts?: { forge?: boolean; sign?: string }): Promise<{ status: number; body: unknown }>
  close(): Promise<void>
}

function readForm(req: import('node:http').IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))))
    req.on('error', reject)
  })
}

export function postForm(url: string, fields: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const body = new URLSearchParams(fields).toString()
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let parsed: unknown = text
        try {
          parsed = JSON.parse(text)
        } catch {
          // text reply
        }
        resolve({ status: res.statusCode ?? 0, body: parsed })
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

export async function startKuaidi100Replay(opts: { customer?: string; key?: string } = {}): Promise<Kuaidi100Replay> {
  const customer = opts.customer ?? 'REPLAYCUSTOMER'
  const key = opts.key ?? 'replay-key-001'
  const subscriptions: Subscription[] = []
  const queries: Kuaidi100Replay['queries'] = []
  const queryQueue: unknown[] = []
  const subscribeQueue: unknown[] = []
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://replay').pathname
      const form = await readForm(req)
      const send = (body: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' })
        res.end(JSON.stringify(body))
      }
      if (req.method === 'POST' && path === '/poll') {
        const param = JSON.parse(form.get('param') ?? '{}') as { company: string; number: string; key: string; parameters: { callbackurl: string; salt: string; phone?: string } }
        if (param.key !== key) return send({ result: false, returnCode: '600', message: '您不是合法的订阅者' })
        const queued = subscribeQueue.shift()
        if (queued) return send(queued)
        const repeat = subscriptions.some((s) => s.company === param.company && s.number === param.number)
        subscriptions.push({ company: param.company, number: param.number, key: param.key, callbackurl: param.parameters.callbackurl, salt: param.parameters.salt, phone: param.parameters.phone })
        return send(repeat ? { result: false, returnCode: '501', message: '重复订阅' } : { result: true, returnCode: '200', message: '提交成功' })
      }
      if (req.method === 'POST' && path === '/poll/query.do') {
        const q = { customer: form.get('customer') ?? '', sign: form.get('sign') ?? '', param: form.get('param') ?? '' }
        const signOk = q.customer === customer && q.sign === md5(q.param + key + customer)
        queries.push({ ...q, signOk })
        if (!signOk) return send(QUERY_ERRORS.badSign)
        return send(queryQueue.shift() ?? QUERY_ERRORS.noData)
      }
      res.writeHead(404)
      res.end()
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    customer,
    key,
    subscriptions,
    queries,
    queueQuery: (r) => queryQueue.push(r),
    queueSubscribe: (r) => subscribeQueue.push(r),
    async push(number, body, o = {}) {
      const sub = [...subscriptions].reverse().find((s) => s.number === number)
      if (!sub) throw new Error(`no subscription for ${number}`)
      const param = JSON.stringify({ status: body.status, billstatus: 'got', message: '', autoCheck: '0', comOld: '', comNew: '', lastResult: body.lastResult })
      const sign = o.sign ?? md5(param + (o.forge ? `${sub.salt}-not` : sub.salt))
      return postForm(sub.callbackurl, { param, sign })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
