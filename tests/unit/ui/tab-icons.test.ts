import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { TAB_PAGES } from '../../../src/routes'

const TAB_DIR = join(__dirname, '..', '..', '..', 'src', 'assets', 'tab')

/** Reads width, height and colour type from IHDR and checks the image data inflates to the right size. */
function inspectPng(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  const idat: Buffer[] = []
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at)
    const type = bytes.toString('ascii', at + 4, at + 8)
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const pixels = inflateSync(Buffer.concat(idat))
  return { width, height, colourType: bytes[25], rawLength: pixels.length, pixels }
}

describe('generated tab bar icons', () => {
  for (const key of Object.keys(TAB_PAGES)) {
    for (const file of [`${key}.png`, `${key}-active.png`]) {
      it(`${file} is an 81x81 RGBA PNG within WeChat's 40 KB limit and not blank`, () => {
        const path = join(TAB_DIR, file)
        expect(statSync(path).size).toBeLessThanOrEqual(40 * 1024)
        const png = inspectPng(readFileSync(path))
        expect([png.width, png.height, png.colourType]).toEqual([81, 81, 6])
        expect(png.rawLength).toBe((81 * 4 + 1) * 81)
        // Filter type 0 rows: one filter byte, then RGBA; alpha is the 4th byte of each pixel.
        let opaque = 0
        for (let y = 0; y < 81; y++) for (let x = 0; x < 81; x++) if (png.pixels[y * (81 * 4 + 1) + 1 + x * 4 + 3] > 128) opaque++
        expect(opaque).toBeGreaterThan(100)
      })
    }
  }
})
