/**
 * Cloud storage as wx-server-sdk 4.0.2 uses it from a function, answered locally:
 * - `uploadFile` asks `storage.getUploadMetadata` for a signed COS URL, then PUTs the bytes there over
 *   HTTP (@cloudbase/node-sdk storage/index.js). The local answer is a URL on a loopback listener of this
 *   process (127.0.0.1, an ephemeral port, started on first use and unref'd) carrying a one-time token;
 *   the PUT's bytes are saved under the local cloud's files directory. A successful COS PUT answers an
 *   empty body, which the SDK reads as success.
 * - `getTempFileURL` sends `storage.batchGetDownloadUrl`; the answer's `download_list` entries carry
 *   `fileID` and `tempFileURL` (wx-server-sdk maps those two), here `/files/<path>`, which the local shop
 *   serves (same origin as H5).
 * File ids look like the cloud's: `cloud://<env>.<bucket>/<path>`.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'

const SEGMENT = /^[A-Za-z0-9\u4e00-\u9fff._@=+-]+$/

export interface LocalStorage {
  /** Absolute path on disk of a file id or cloud path, or null when it is not one of ours. */
  pathOf(fileIdOrPath: string): string | null
  answer(action: string, params: Record<string, unknown>): Promise<unknown>
}

const pending = new Map<string, { absolute: string }>()
let listener: Promise<{ server: Server; port: number }> | null = null

function loopback(): Promise<{ server: Server; port: number }> {
  listener ??= new Promise((ok, fail) => {
    const server = createServer((req, res) => {
      const token = (req.url ?? '').replace(/^\/+/, '')
      const target = pending.get(token)
      if (req.method !== 'PUT' || !target) {
        res.writeHead(403).end('<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>unknown upload</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>')
        return
      }
      pending.delete(token)
      const parts: Buffer[] = []
      req.on('data', (b: Buffer) => parts.push(b))
      req.on('end', () => {
        mkdir(dirname(target.absolute), { recursive: true })
          .then(() => writeFile(target.absolute, Buffer.concat(parts)))
          .then(() => res.writeHead(200).end(''))
          .catch((e: Error) => res.writeHead(500).end(`<?xml version="1.0"?><Error><Code>InternalError</Code><Message>${e.message}</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>`))
      })
    })
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      server.unref()
      ok({ server, port: (server.address() as { port: number }).port })
    })
  })
  return listener
}

export function localStorage(filesDir: string, envId: string): LocalStorage {
  const root = resolve(filesDir)
  const prefix = `cloud://${envId}.local/`
  const locate = (cloudPath: string): string => {
    const segments = cloudPath.replace(/^\/+/, '').split('/')
    if (cloudPath.length > 512 || segments.some((s) => s === '' || s === '.' || s === '..' || !SEGMENT.test(s))) throw new Error(`invalid cloud path ${JSON.stringify(cloudPath)}`)
    const absolute = resolve(root, segments.join('/'))
    if (!absolute.startsWith(root + sep)) throw new Error(`cloud path escapes the files directory: ${cloudPath}`)
    return absolute
  }
  const relative = (fileId: string) => (fileId.startsWith(prefix) ? fileId.slice(prefix.length) : null)
  return {
    pathOf(idOrPath) {
      try {
        return locate(relative(idOrPath) ?? idOrPath)
      } catch {
        return null
      }
    },
    async answer(action, params) {
      if (action === 'storage.getUploadMetadata') {
        const cloudPath = String(params.path ?? '')
        let absolute: string
        try {
          absolute = locate(cloudPath)
        } catch (e) {
          return { code: 'INVALID_PARAM', message: (e as Error).message }
        }
        const { port } = await loopback()
        const token = randomBytes(16).toString('hex')
        pending.set(token, { absolute })
        const fileId = prefix + cloudPath.replace(/^\/+/, '')
        return { requestId: 'local-storage', data: { url: `http://127.0.0.1:${port}/${token}`, token: '', authorization: 'local', fileId, cosFileId: 'local' } }
      }
      if (action === 'storage.batchGetDownloadUrl') {
        const list = (params.file_list as { fileid: string; max_age?: number }[] | undefined) ?? []
        return {
          requestId: 'local-storage',
          data: {
            download_list: list.map((f) => {
              const rel = relative(f.fileid)
              if (rel === null) return { fileID: f.fileid, code: 'STORAGE_FILE_NONEXIST', tempFileURL: '' }
              return { fileID: f.fileid, tempFileURL: `/files/${rel.split('/').map(encodeURIComponent).join('/')}`, maxAge: f.max_age ?? 86_400, code: 'SUCCESS' }
            }),
          },
        }
      }
      return { code: 'INVALID_PARAM', message: `本地云不支持该存储请求 / the local cloud does not implement "${action}"` }
    },
  }
}
