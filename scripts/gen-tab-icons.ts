/**
 * Draws the four tab bar icons (normal + selected) as 81x81 PNGs into src/assets/tab/.
 * Shapes are signed-distance functions sampled 4x4 per pixel for smooth edges; PNG bytes are written
 * here with zlib, so no downloaded artwork and nothing to license. Run: npx tsx scripts/gen-tab-icons.ts
 */
import { deflateSync } from 'node:zlib'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PALETTE } from '../src/components/theme/tokens'

const SIZE = 81
const SUPERSAMPLE = 4
const STROKE = 3.2

type Shape = (x: number, y: number) => number // signed distance: < 0 inside

const circle = (cx: number, cy: number, r: number): Shape => (x, y) => Math.hypot(x - cx, y - cy) - r
const box = (x0: number, y0: number, x1: number, y1: number, radius = 0): Shape => (x, y) => {
  const cx = (x0 + x1) / 2
  const cy = (y0 + y1) / 2
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - radius)
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - radius)
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius
}
const segment = (ax: number, ay: number, bx: number, by: number): Shape => (x, y) => {
  const px = x - ax
  const py = y - ay
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - dx * t, py - dy * t)
}
/** Outline of a shape: a band of width STROKE around its edge. */
const outline = (s: Shape): Shape => (x, y) => Math.abs(s(x, y)) - STROKE / 2
const line = (ax: number, ay: number, bx: number, by: number): Shape => (x, y) => segment(ax, ay, bx, by)(x, y) - STROKE / 2
const union = (...shapes: Shape[]): Shape => (x, y) => Math.min(...shapes.map((s) => s(x, y)))

/** Each icon is drawn on the 81 px canvas; a facet-cut gem is the shop's motif on the home icon. */
const ICONS: Record<'home' | 'category' | 'cart' | 'me', Shape> = {
  home: union(
    line(14, 38, 40.5, 14),
    line(40.5, 14, 67, 38),
    outline(box(22, 36, 59, 66, 4)),
    line(34, 50, 40.5, 44),
    line(40.5, 44, 47, 50),
    line(34, 50, 40.5, 58),
    line(47, 50, 40.5, 58),
  ),
  category: union(
    outline(box(14, 14, 37, 37, 5)),
    outline(box(44, 14, 67, 37, 5)),
    outline(box(14, 44, 37, 67, 5)),
    outline(circle(55.5, 55.5, 11.5)),
  ),
  cart: union(
    line(10, 16, 20, 16),
    line(20, 16, 27, 50),
    line(27, 50, 62, 50),
    line(62, 50, 68, 26),
    line(68, 26, 23, 26),
    circle(31, 62, 4.5),
    circle(58, 62, 4.5),
  ),
  me: union(outline(circle(40.5, 28, 12)), outline(box(17, 48, 64, 80, 16))),
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** RGBA pixels: the colour everywhere, alpha = covered fraction of each pixel. */
function rasterise(shape: Shape, hex: string): Buffer {
  const [r, g, b] = hexToRgb(hex)
  const pixels = Buffer.alloc(SIZE * SIZE * 4)
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let covered = 0
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          if (shape(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE) < 0) covered++
        }
      }
      const o = (py * SIZE + px) * 4
      pixels[o] = r
      pixels[o + 1] = g
      pixels[o + 2] = b
      pixels[o + 3] = Math.round((covered / SUPERSAMPLE ** 2) * 255)
    }
  }
  return pixels
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

/** Minimal PNG: IHDR (8-bit RGBA), one IDAT with filter byte 0 per row, IEND. */
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // colour type RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function main() {
  const outDir = join(__dirname, '..', 'src', 'assets', 'tab')
  mkdirSync(outDir, { recursive: true })
  for (const [name, shape] of Object.entries(ICONS)) {
    for (const [suffix, colour] of [['', PALETTE.inkMuted], ['-active', PALETTE.amethyst]] as const) {
      const png = encodePng(rasterise(shape, colour), SIZE, SIZE)
      if (png.length > 40 * 1024) throw new Error(`${name}${suffix}.png is ${png.length} bytes; WeChat allows 40 KB`)
      writeFileSync(join(outDir, `${name}${suffix}.png`), png)
      console.log(`${name}${suffix}.png ${png.length} bytes`)
    }
  }
}

if (require.main === module) main()
