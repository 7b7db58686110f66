import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contentTypeFor, FileStorage, safeRelativePath } from '../../../local-cloud/fakes/files/file-storage'

let dataDir: string
let files: FileStorage

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'fakes-files-'))
  files = new FileStorage(dataDir)
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

describe('FileStorage', () => {
  it('saves under <dataDir>/files and reads back with the content type', async () => {
    const saved = await files.save('products/白水晶/cover.png', Buffer.from('png-bytes'))
    expect(saved.url).toBe(`/files/products/${encodeURIComponent('白水晶')}/cover.png`)
    expect(readFileSync(join(dataDir, 'files', 'products', '白水晶', 'cover.png'), 'utf8')).toBe('png-bytes')
    expect(await files.read('products/白水晶/cover.png')).toEqual({ bytes: Buffer.from('png-bytes'), contentType: 'image/png' })
    expect(await files.read('products/missing.png')).toBeNull()
  })

  it.each([
    '../secret.txt',
    'a/../../secret.txt',
    '..',
    'a/./b.png',
    'a//b.png',
    'a\\..\\b.png',
    'a/b\u0000.png',
    '',
  ])('refuses the path %j', async (path) => {
    writeFileSync(join(dataDir, 'secret.txt'), 'top secret')
    await expect(files.save(path, Buffer.from('x'))).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(files.read(path)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('treats a leading slash as relative to the files directory', () => {
    expect(safeRelativePath('/a/b.svg')).toBe('a/b.svg')
  })

  it.each([
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.jpg', 'image/jpeg'],
    ['a.jpeg', 'image/jpeg'],
    ['a.webp', 'image/webp'],
    ['a.mp4', 'video/mp4'],
    ['a.bin', 'application/octet-stream'],
  ])('serves %s as %s', (path, type) => {
    expect(contentTypeFor(path)).toBe(type)
  })
})
