/**
 * /api/dev/* — buttons for what only WeChat can do (pay, subscribe, move a parcel, tick a timer), for
 * a person with curl or a test. Local only: nothing here is bundled into a deployed function.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SimulatedCarrier } from './carrier/simulated-carrier'
import { normaliseTrack } from './carrier/track-events'
import type { FileStorage } from './files/file-storage'
import {
  HttpError,
  optionalInteger,
  optionalString,
  readJsonObject,
  requireString,
  sendError,
  sendOk,
} from './http/http-io'
import type { OpenApiFake } from './openapi/openapi-fake'
import type { PayFake } from './pay/pay-fake'
import type { TimerScheduler } from './timers/timer-scheduler'

export interface DevRouteDeps {
  pay: PayFake
  openapi: OpenApiFake
  carrier: SimulatedCarrier
  timers: TimerScheduler
  files: FileStorage
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>

const MAX_UPLOAD_BYTES = 30 * 1024 * 1024
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

type Route = (req: IncomingMessage, url: URL) => Promise<unknown>

function decodeBase64(text: string): Buffer {
  const payload = text.replace(/^data:[^;,]+;base64,/, '').replace(/\s+/g, '')
  if (payload.length === 0 || payload.length % 4 !== 0 || !BASE64.test(payload))
    throw new HttpError(400, 'INVALID_INPUT', 'base64 内容无效 / base64 is not valid')
  return Buffer.from(payload, 'base64')
}

function stringArray(body: Record<string, unknown>, field: string): string[] {
  const value = body[field]
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw new HttpError(400, 'INVALID_INPUT', `${field} 须为字符串数组 / ${field} must be an array of strings`)
  return value as string[]
}

export function createDevRoutes(deps: DevRouteDeps): RouteHandler {
  const routes: Record<string, Route> = {
    'GET /api/dev/pay': async () => ({ prepays: await deps.pay.listPrepays(), refunds: await deps.pay.listRefunds() }),
    'POST /api/dev/pay/simulate': async (req) => {
      const body = await readJsonObject(req)
      return deps.pay.simulatePay(requireString(body, 'outTradeNo'), {
        openid: optionalString(body, 'openid'),
        totalFee: optionalInteger(body, 'totalFee'),
        times: optionalInteger(body, 'times'),
      })
    },
    'GET /api/dev/outbox': async (_req, url) => ({
      entries: await deps.openapi.outbox({
        api: url.searchParams.get('api') ?? undefined,
        openid: url.searchParams.get('openid') ?? undefined,
      }),
    }),
    'POST /api/dev/outbox/clear': async () => {
      await deps.openapi.clearOutbox()
      return { cleared: true }
    },
    'GET /api/dev/subscriptions': async () => ({
      strict: deps.openapi.strictSubscriptions,
      grants: await deps.openapi.listSubscriptions(),
    }),
    'POST /api/dev/subscriptions': async (req) => {
      const body = await readJsonObject(req)
      return { grants: await deps.openapi.grantSubscriptions(requireString(body, 'openid'), stringArray(body, 'templateIds')) }
    },
    'POST /api/dev/openapi/fail': async (req) => {
      const body = await readJsonObject(req)
      const api = requireString(body, 'api')
      const errcode = optionalInteger(body, 'errcode')
      if (errcode === undefined) throw new HttpError(400, 'INVALID_INPUT', '缺少 errcode / errcode is required')
      deps.openapi.failNext(api, errcode, optionalString(body, 'errmsg'))
      return { api, errcode }
    },
    'GET /api/dev/waybills': async () => ({
      waybills: (await deps.carrier.list()).map((w) => ({ ...w, tracks: normaliseTrack(w.events) })),
    }),
    'POST /api/dev/carrier/advance': async (req) => {
      const waybill = await deps.carrier.advance(requireString(await readJsonObject(req), 'waybillId'))
      return { ...waybill, tracks: normaliseTrack(waybill.events) }
    },
    'GET /api/dev/timers': async () => ({ timers: deps.timers.list() }),
    'POST /api/dev/timers/fire': async (req) => {
      const body = await readJsonObject(req)
      return deps.timers.fire(requireString(body, 'fn'), optionalString(body, 'name'))
    },
    'POST /api/dev/files': async (req) => {
      const body = await readJsonObject(req, MAX_UPLOAD_BYTES)
      return deps.files.save(requireString(body, 'path'), decodeBase64(requireString(body, 'base64')))
    },
  }
  const knownPaths = new Set(Object.keys(routes).map((k) => k.split(' ')[1]))

  return async (req, res, url) => {
    if (url.pathname !== '/api/dev' && !url.pathname.startsWith('/api/dev/')) return false
    const route = routes[`${req.method} ${url.pathname}`]
    try {
      if (!route) {
        if (knownPaths.has(url.pathname)) throw new HttpError(405, 'METHOD_NOT_ALLOWED', `不支持 ${req.method} / method not allowed`)
        throw new HttpError(404, 'NOT_FOUND', `没有这个开发接口 / no dev endpoint ${url.pathname}`)
      }
      sendOk(res, await route(req, url))
    } catch (error) {
      sendError(res, error)
    }
    return true
  }
}

/** GET/HEAD /files/<path>: uploaded media with the right content type. */
export function createFileRoutes(files: FileStorage): RouteHandler {
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/files/')) return false
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'METHOD_NOT_ALLOWED', '只支持 GET / GET only')
      let path: string
      try {
        path = decodeURIComponent(url.pathname.slice('/files/'.length))
      } catch {
        throw new HttpError(400, 'INVALID_INPUT', '文件路径编码无效 / malformed file path')
      }
      const file = await files.read(path)
      if (!file) throw new HttpError(404, 'NOT_FOUND', `文件不存在 / file not found: ${path}`)
      res.writeHead(200, {
        'content-type': file.contentType,
        'content-length': file.bytes.length,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        // SVG can carry script; opened directly it must not run in the app's origin.
        'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      })
      res.end(req.method === 'HEAD' ? undefined : file.bytes)
    } catch (error) {
      sendError(res, error)
    }
    return true
  }
}
