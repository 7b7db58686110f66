/**
 * The local cloud's HTTP door refuses bodies it must not pass on — too large (413) or nested absurdly
 * deep — with the shop's error shape, never INTERNAL, and a keep-alive connection carries on afterwards.
 */
import { type IncomingHttpHeaders, Agent, type Server, request } from 'node:http'
import type { Socket } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { readJsonObject, sendError, sendOk } from '../../../local-cloud/fakes/http/http-io'
import { BODY_LIMIT, MAX_JSON_DEPTH, jsonDepthExceeds } from '../../../local-cloud/http/json'
import { createLocalServer, listen } from '../../../local-cloud/http/server'

interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: any
  socket: Socket
}

let server: Server
let port: number
const invoked: { fn: string; event: unknown; identity: unknown }[] = []

beforeAll(async () => {
  server = createLocalServer({
    // Stands in for the runtime: echoes the event back, as deep as it came.
    cloud: {
      invoke: async (fn, event, identity) => {
        invoked.push({ fn, event, identity })
        return { ok: true, data: { echo: event } }
      },
    },
    h5Dir: '/nonexistent',
  })
  port = await listen(server, 0)
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  invoked.length = 0
})

function post(path: string, body: string | Buffer, agent: Agent, headers: Record<string, string> = {}, to = port): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: to, path, method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({ status: res.statusCode!, headers: res.headers, body: text ? JSON.parse(text) : null, socket: req.socket as Socket })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

const TOO_LARGE = { ok: false, error: { code: 'INVALID_INPUT', key: 'error.request.tooLarge', message: 'error.request.tooLarge' } }
const TOO_DEEP = { ok: false, error: { code: 'INVALID_INPUT', key: 'error.request.tooDeep', message: 'error.request.tooDeep' } }

describe('a too-large body', () => {
  it('is answered 413 INVALID_INPUT error.request.tooLarge, and the same keep-alive connection serves the next call', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const big = JSON.stringify({ action: 'cart.add', input: { note: 'x'.repeat(BODY_LIMIT * 3) } })
      const refused = await post('/api/functions/shop', big, agent)
      const next = await post('/api/functions/shop', JSON.stringify({ action: 'catalog.home' }), agent, { 'x-wx-openid': 'o-a' })
      expect(next.socket).toBe(refused.socket)
      expect(refused.headers.connection).not.toBe('close')
      expect(next.status).toBe(200)
      expect(next.body).toEqual({ ok: true, data: { echo: { action: 'catalog.home' } } })
      expect(refused.status).toBe(413)
      expect(refused.body).toEqual(TOO_LARGE)
      expect(invoked).toEqual([{ fn: 'shop', event: { action: 'catalog.home' }, identity: { openid: 'o-a', source: 'wx_client' } }])
    } finally {
      agent.destroy()
    }
  })

  it('beyond what is worth draining, is still 413 and the connection is closed cleanly so the agent reconnects', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const huge = Buffer.alloc(20 * 1024 * 1024, 0x20)
      const refused = await post('/api/functions/shop', huge, agent)
      expect(refused.status).toBe(413)
      expect(refused.body).toEqual(TOO_LARGE)
      expect(refused.headers.connection).toBe('close')
      const next = await post('/api/functions/shop', '{"action":"catalog.home"}', agent)
      expect(next.status).toBe(200)
      expect(invoked).toHaveLength(1)
    } finally {
      agent.destroy()
    }
  })

  it('on a dev endpoint is a 413 PAYLOAD_TOO_LARGE and the connection survives too', async () => {
    const devServer = createLocalServer({
      cloud: { invoke: async () => null },
      h5Dir: '/nonexistent',
      devRoutes: async (req, res) => {
        try {
          sendOk(res, await readJsonObject(req, 1024))
        } catch (err) {
          sendError(res, err)
        }
        return true
      },
    })
    const devPort = await listen(devServer, 0)
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const send = (body: string) => post('/api/dev/echo', body, agent, {}, devPort)
      const refused = await send(JSON.stringify({ x: 'y'.repeat(512 * 1024) }))
      const next = await send('{"a":1}')
      expect(next.socket).toBe(refused.socket)
      expect(next.body).toEqual({ ok: true, data: { a: 1 } })
      expect(refused.status).toBe(413)
      expect(refused.body.error.code).toBe('PAYLOAD_TOO_LARGE')
    } finally {
      agent.destroy()
      await new Promise<void>((resolve) => devServer.close(() => resolve()))
    }
  })
})

describe('absurdly deep JSON', () => {
  it('100 000 nested arrays answer 400 INVALID_INPUT error.request.tooDeep, without reaching the function', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const deep = `{"action":"cart.add","input":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
      const refused = await post('/api/functions/shop', deep, agent)
      expect(refused.status).toBe(400)
      expect(refused.body).toEqual(TOO_DEEP)
      expect(invoked).toEqual([])
      const objects = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`
      expect((await post('/api/functions/shop', objects, agent)).body).toEqual(TOO_DEEP)
      const next = await post('/api/functions/shop', '{"action":"catalog.home"}', agent)
      expect(next.status).toBe(200)
      expect(next.socket).toBe(refused.socket)
    } finally {
      agent.destroy()
    }
  })

  it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more; brackets inside strings do not count`, async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    try {
      // the event object is one level, each array one more; the string's brackets are text
      const nest = (levels: number) => `{"action":"x","input":${'['.repeat(levels - 1)}"[[[{{{\\"]]"${']'.repeat(levels - 1)}}`
      const atLimit = nest(MAX_JSON_DEPTH)
      const accepted = await post('/api/functions/shop', atLimit, agent)
      expect(accepted.status).toBe(200)
      expect(invoked).toHaveLength(1)
      const overLimit = nest(MAX_JSON_DEPTH + 1)
      expect((await post('/api/functions/shop', overLimit, agent)).body).toEqual(TOO_DEEP)
      expect(invoked).toHaveLength(1)
    } finally {
      agent.destroy()
    }
  })

  it('malformed JSON is INVALID_INPUT error.request.malformed', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const reply = await post('/api/functions/shop', '{"action":', agent)
      expect(reply.status).toBe(400)
      expect(reply.body).toEqual({ ok: false, error: { code: 'INVALID_INPUT', key: 'error.request.malformed', message: 'error.request.malformed' } })
    } finally {
      agent.destroy()
    }
  })

  it('the depth scan counts only structure', () => {
    expect(jsonDepthExceeds('[[1]]', 2)).toBe(false)
    expect(jsonDepthExceeds('[[[1]]]', 2)).toBe(true)
    expect(jsonDepthExceeds('["[[[[", {"a": "\\"[[["}]', 2)).toBe(false)
    expect(jsonDepthExceeds('[], [], [], []', 1)).toBe(false)
  })
})
