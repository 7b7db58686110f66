/**
 * Cloud storage stand-in: uploads saved under `<dataDir>/files/<path>` and served at `/files/<path>`.
 * Paths come from users and dev tools, so every one is checked to stay inside the files directory.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import { contentTypeFor } from '../../http/content-types'
import { FakeError } from '../fake-error'

export { contentTypeFor }

const SEGMENT = /^[A-Za-z0-9\u4e00-\u9fff._@=+-]+$/

/**
 * Accepts `a/b/c.png`-style relative paths only: no `..` or `.` segments, no absolute paths, no
 * backslashes, no empty segments, no control characters. Returns the normalised relative path.
 */
export function safeRelativePath(path: string): string {
  const problem = () => new FakeError('INVALID_INPUT', `文件路径无效 / invalid file path: ${JSON.stringify(path)}`)
  if (typeof path !== 'string' || path.length === 0 || path.length > 512) throw problem()
  const segments = path.replace(/^\/+/, '').split('/')
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || !SEGMENT.test(segment)) throw problem()
  }
  return segments.join('/')
}

export class FileStorage {
  readonly root: string

  constructor(dataDir: string) {
    this.root = resolve(dataDir, 'files')
  }

  /** Absolute path on disk, checked twice: by segment rules and by where it resolves. */
  private locate(path: string): { relative: string; absolute: string } {
    const relative = safeRelativePath(path)
    const absolute = resolve(this.root, relative)
    if (!absolute.startsWith(this.root + sep))
      throw new FakeError('INVALID_INPUT', `文件路径越界 / path escapes the files directory: ${path}`)
    return { relative, absolute }
  }

  /** Saves and returns the URL path it is served from. */
  async save(path: string, bytes: Buffer): Promise<{ path: string; url: string; size: number }> {
    const { relative, absolute } = this.locate(path)
    await mkdir(dirname(absolute), { recursive: true })
    await writeFile(absolute, bytes)
    return { path: relative, url: `/files/${relative.split('/').map(encodeURIComponent).join('/')}`, size: bytes.length }
  }

  /** The file's bytes and content type, or null when there is no such file. */
  async read(path: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    const { absolute } = this.locate(path)
    try {
      if (!(await stat(absolute)).isFile()) return null
      return { bytes: await readFile(absolute), contentType: contentTypeFor(absolute) }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
  }
}
