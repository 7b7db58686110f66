import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FUNCTION_NAMES, type FunctionName } from '../../cloudfunctions/functions/manifest'
import { BodyRefused, bodyLeftUnread, readJson, sendError, sendJson, sendRefused } from './json'
import { serveStatic } from './static-files'

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>

export interface InvokePort {
  invoke(fn: string, event: unknown, identity?: { openid?: string | null; source?: string }): Promise<unknown>
}

export interface LocalServerOptions {
  cloud: InvokePort
  h5Dir: string
  /** /api/dev/* and /files/* — dev-only routes from the fakes. */
  devRoutes?: RouteHandler
  host?: string
  port?: number
}

const OPENID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The local cloud's only door: `POST /api/functions/<fn>` behaves like callFunction (the reply body is the
 * function's return value), the H5 shop is served from `/`, dev routes from the fakes under /api/dev/.
 * Bound to loopback: it trusts X-WX-OPENID, which only a local developer or test may set.
 */
export function createLocalServer(opts: LocalServerOptions): Server {
  return createServer(async (req, res) => {
    closeIfUnread(req, res)
    const url = new URL(req.url ?? '/', 'http://local')
    try {
      if (url.pathname === '/api/health') return sendJson(res, 200, { ok: true })
      const fnMatch = /^\/api\/functions\/([A-Za-z]+)$/.exec(url.pathname)
      if (fnMatch) return await handleFunctionCall(opts.cloud, fnMatch[1], req, res)
      const httpMatch = /^\/api\/http\/([A-Za-z]+)(\/.*)?$/.exec(url.pathname)
      if (httpMatch) return await handleHttpAccess(opts.cloud, httpMatch[1], httpMatch[2] ?? '/', url, req, res)
      if (opts.devRoutes && (url.pathname.startsWith('/api/dev/') || url.pathname.startsWith('/files/'))) {
        if (await opts.devRoutes(req, res, url)) return
      }
      if (url.pathname.startsWith('/api/')) return sendError(res, 404, 'NOT_FOUND', `no such endpoint: ${url.pathname}`)
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'METHOD_NOT_ALLOWED', 'GET only')
      serveStatic(opts.h5Dir, url.pathname, res)
    } catch (err) {
      console.error('[local-cloud]', err)
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'local cloud error, see its console')
      else res.end()
    }
  })
}

/**
 * A reply to a request whose body readBody gave up on part-way says `connection: close`, so node ends
 * the socket after it instead of parsing the unread rest as the next request on a keep-alive
 * connection. Bodies read to the end (refused ones too, see readBody) keep the connection; so do
 * bodies no handler read, which node itself discards after the reply.
 */
function closeIfUnread(req: IncomingMessage, res: ServerResponse): void {
  const writeHead = res.writeHead
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    if (bodyLeftUnread(req) && !this.headersSent) this.setHeader('connection', 'close')
    return writeHead.apply(this, args)
  } as ServerResponse['writeHead']
}

async function handleFunctionCall(cloud: InvokePort, fn: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST') return sendError(res, 405, 'METHOD_NOT_ALLOWED', 'POST the event as JSON')
  if (!(FUNCTION_NAMES as readonly string[]).includes(fn)) return sendError(res, 404, 'NOT_FOUND', `no cloud function named ${fn}`)
  const header = req.headers['x-wx-openid']
  const openid = typeof header === 'string' && header.length > 0 ? header : null
  if (openid !== null && !OPENID_PATTERN.test(openid)) return sendError(res, 400, 'INVALID_INPUT', 'X-WX-OPENID must be 1–64 letters, digits, _ or -')
  let event: unknown
  try {
    event = await readJson(req)
  } catch (err) {
    if (err instanceof BodyRefused) return sendRefused(res, err)
    throw err
  }
  const result = await cloud.invoke(fn as FunctionName, event, { openid, source: 'wx_client' })
  sendJson(res, 200, result ?? null)
}

/**
 * WeChat Cloud's HTTP access service (云接入 HTTP 访问服务, docs/platform-facts.md §5 "HTTP access"):
 * any request to `/api/http/<fn>[/path]` becomes the integration request event
 * `{path, httpMethod, headers, queryStringParameters, body, isBase64Encoded}`; the function's return
 * value is the reply (an object as JSON, a string as text, or an integration response
 * `{statusCode, headers, body}`). No identity: a public caller (Kuaidi100's push) has none.
 */
async function handleHttpAccess(cloud: InvokePort, fn: string, path: string, url: URL, req: IncomingMessage, res: ServerResponse) {
  if (!(FUNCTION_NAMES as readonly string[]).includes(fn)) return sendError(res, 404, 'NOT_FOUND', `no cloud function named ${fn}`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > 1024 * 1024) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', 'body over 1 MB')
    chunks.push(chunk as Buffer)
  }
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v
  const event = {
    path,
    httpMethod: req.method ?? 'GET',
    headers,
    queryStringParameters: Object.fromEntries(url.searchParams.entries()),
    requestContext: { requestId: Math.random().toString(36).slice(2), envId: 'local' },
    body: Buffer.concat(chunks).toString('utf8'),
    isBase64Encoded: false,
  }
  const result = (await cloud.invoke(fn as FunctionName, event, { openid: null, source: 'wx_http' })) as unknown
  const integration = result as { statusCode?: unknown; headers?: Record<string, string>; body?: unknown } | null
  if (integration && typeof integration === 'object' && typeof integration.statusCode === 'number') {
    res.writeHead(integration.statusCode, integration.headers ?? {})
    res.end(typeof integration.body === 'string' ? integration.body : JSON.stringify(integration.body ?? ''))
    return
  }
  if (typeof result === 'string' || typeof result === 'number') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(String(result))
    return
  }
  sendJson(res, 200, result ?? null)
}

export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  return (server.address() as AddressInfo).port
}
