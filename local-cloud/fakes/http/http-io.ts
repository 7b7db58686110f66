/** Minimal request/response helpers on node:http; the local cloud deliberately has no web framework. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { BodyRefused, readBody as readCappedBody } from '../../http/json'
import { FakeError, type FakeErrorCode } from '../fake-error'

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

/** The local cloud's body reader (drains a too-large body so a keep-alive connection survives the 413). */
export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  try {
    return await readCappedBody(req, limitBytes)
  } catch (err) {
    if (err instanceof BodyRefused) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `请求体过大 / request body over ${limitBytes} bytes`)
    throw err
  }
}

export async function readJsonObject(req: IncomingMessage, limitBytes = 1024 * 1024): Promise<Record<string, unknown>> {
  const raw = (await readBody(req, limitBytes)).toString('utf8')
  if (raw.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new HttpError(400, 'INVALID_INPUT', '请求体不是合法 JSON / request body is not valid JSON')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new HttpError(400, 'INVALID_INPUT', '请求体须为 JSON 对象 / request body must be a JSON object')
  return parsed as Record<string, unknown>
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

export const sendOk = (res: ServerResponse, data: unknown) => sendJson(res, 200, { ok: true, data })

const STATUS_BY_FAKE_CODE: Record<FakeErrorCode, number> = { INVALID_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409 }

/** Every failure leaves as `{ ok:false, error:{code,message} }`; unknown errors hide their details. */
export function sendError(res: ServerResponse, error: unknown): void {
  if (error instanceof HttpError) {
    sendJson(res, error.status, { ok: false, error: { code: error.code, message: error.message } })
  } else if (error instanceof FakeError) {
    sendJson(res, STATUS_BY_FAKE_CODE[error.code], { ok: false, error: { code: error.code, message: error.message } })
  } else {
    console.error('[local-cloud fakes] unexpected error', error)
    sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '内部错误 / internal error' } })
  }
}

export function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field]
  if (typeof value !== 'string' || value === '')
    throw new HttpError(400, 'INVALID_INPUT', `缺少字段 ${field} / ${field} is required`)
  return value
}

export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new HttpError(400, 'INVALID_INPUT', `${field} 须为字符串 / ${field} must be a string`)
  return value
}

export function optionalInteger(body: Record<string, unknown>, field: string): number | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new HttpError(400, 'INVALID_INPUT', `${field} 须为整数 / ${field} must be an integer`)
  return value
}
