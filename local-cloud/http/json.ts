import type { IncomingMessage, ServerResponse } from 'node:http'

/** A refused request body; `key` is the message key the shop's client translates (src/i18n/server-messages). */
export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly key: 'error.request.tooLarge' | 'error.request.tooDeep' | 'error.request.malformed',
  ) {
    super(key)
  }
}

const unreadBodies = new WeakSet<IncomingMessage>()

/** Whether readBody gave up on this request's body part-way, so its connection must close after the reply. */
export function bodyLeftUnread(req: IncomingMessage): boolean {
  return unreadBodies.has(req)
}

/** Default cap of a function-call body (a cloud function event is capped too). */
export const BODY_LIMIT = 1024 * 1024
/** Nesting a function event may have; the shop's inputs are a few levels deep. */
export const MAX_JSON_DEPTH = 64

/**
 * Reads a body of at most `limit` bytes. A longer one is still read to its end and thrown away (up to
 * `drainLimit` bytes in all), so the keep-alive connection stays in step for the next request; past
 * that it stops reading and marks the request (`bodyLeftUnread`) so the server closes the connection.
 */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT, drainLimit = Math.max(limit * 8, 16 * 1024 * 1024)): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const finish = (err: Error | null) => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      if (err) reject(err)
      else resolve(Buffer.concat(chunks))
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > drainLimit) {
        req.pause()
        unreadBodies.add(req)
        finish(new BodyRefused(413, 'error.request.tooLarge'))
      } else if (size <= limit) chunks.push(chunk)
    }
    const onEnd = () => finish(size > limit ? new BodyRefused(413, 'error.request.tooLarge') : null)
    const onError = (err: Error) => finish(err)
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > drainLimit) {
      unreadBodies.add(req)
      reject(new BodyRefused(413, 'error.request.tooLarge'))
      return
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
  })
}

/**
 * How deeply arrays and objects nest in JSON text, counted without parsing (strings skipped), stopping
 * as soon as `max` is passed. Checked before JSON.parse so nothing downstream — validation, the runtime's
 * JSON round trip, structuredClone — ever recurses through an absurd document.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return false
}

/** Parses a body as JSON (empty = `{}`), refusing malformed or too deeply nested text. */
export function parseJsonBody(body: Buffer, maxDepth = MAX_JSON_DEPTH): unknown {
  const text = body.toString('utf8')
  if (text.trim().length === 0) return {}
  if (jsonDepthExceeds(text, maxDepth)) throw new BodyRefused(400, 'error.request.tooDeep')
  try {
    return JSON.parse(text)
  } catch {
    throw new BodyRefused(400, 'error.request.malformed')
  }
}

/** Reads and parses a JSON body within `limit` bytes and `MAX_JSON_DEPTH` levels. */
export async function readJson(req: IncomingMessage, limit = BODY_LIMIT): Promise<unknown> {
  return parseJsonBody(await readBody(req, limit))
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(text)
}

export function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } })
}

/** Answers a refused body the way actions answer errors (`{ code, key, message: key }`). */
export function sendRefused(res: ServerResponse, err: BodyRefused): void {
  sendJson(res, err.status, { ok: false, error: { code: 'INVALID_INPUT', key: err.key, message: err.key } })
}
