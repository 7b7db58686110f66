import { createReadStream, existsSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { join, normalize, sep } from 'node:path'
import { contentTypeFor } from './content-types'

/** Resolves a URL path inside `root`, or null if it would escape it. */
export function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const full = normalize(join(root, decoded))
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null
}

/** Serves the H5 build; unknown paths get index.html because the hash router owns the rest. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  let file = safeJoin(root, urlPath === '/' ? '/index.html' : urlPath)
  if (!file || !existsSync(file) || !statSync(file).isFile()) file = join(root, 'index.html')
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('H5 build missing: run `npm run build:h5` (npm start builds it when missing).\n')
    return
  }
  const type = contentTypeFor(file)
  const immutable = /\.[0-9a-f]{8}\./.test(file)
  res.writeHead(200, { 'content-type': type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' })
  createReadStream(file).pipe(res)
}
