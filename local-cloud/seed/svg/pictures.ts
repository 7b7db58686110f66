/** Whole SVG files: product views, certificate cards and category icons. */
import type { Form } from '../forms'
import { rngFor } from '../prng'
import { drawForm, facetedStone, paintDefs, type Palette } from './shapes'
import { mix, n, svgDocument, xmlEscape } from './svg-kit'

export interface PictureSubject {
  id: string
  title: string
  material: string
  origin: string
  form: Form
  sizeMm: number
  palette: Palette
}

/** 1 = main, 2 = close-up, 3 = with a size ruler, 4 = name card; products get the first 2–4 views. */
export type View = 1 | 2 | 3 | 4

const SIZE = 600
const FONT = 'font-family="PingFang SC, Microsoft YaHei, sans-serif"'

function backdrop(p: Palette): string {
  return (
    `<radialGradient id="bg" cx="0.5" cy="0.4" r="0.8"><stop offset="0" stop-color="${mix(p.light, '#ffffff', 0.75)}"/>` +
    `<stop offset="1" stop-color="${mix(p.light, '#d9d4ce', 0.55)}"/></radialGradient>`
  )
}

/** Marks every picture as a drawing, so no shopper mistakes it for a photo of the actual piece. */
const watermark = `<text x="${SIZE - 16}" y="${SIZE - 16}" text-anchor="end" font-size="16" fill="#000000" fill-opacity="0.35" ${FONT}>晶坊 · 示意图</text>`

export function productPicture(subject: PictureSubject, view: View): string {
  const rng = rngFor(`${subject.id}:picture`) // same shape in every view of one product
  const piece = drawForm(subject.form, subject.palette, rng, subject.form === 'bracelet' ? subject.sizeMm : 8)
  let body: string
  switch (view) {
    case 1:
      body = `<ellipse cx="300" cy="540" rx="210" ry="22" fill="#000000" opacity="0.08"/>${piece}`
      break
    case 2:
      body = `<g transform="translate(300 300) scale(1.7) translate(-300 -260)">${piece}</g>` +
        `<text x="24" y="44" font-size="24" fill="#333333" ${FONT}>细节 · ${xmlEscape(subject.material)}</text>`
      break
    case 3:
      body = `<g transform="translate(75 40) scale(0.75)">${piece}</g>` + ruler(subject.sizeMm)
      break
    case 4:
      body = nameCard(subject) + `<g transform="translate(120 230) scale(0.6)">${piece}</g>`
      break
  }
  return svgDocument(SIZE, SIZE, backdrop(subject.palette) + paintDefs(subject.palette), `<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>${body}${watermark}`)
}

function ruler(sizeMm: number): string {
  const ticks = Array.from({ length: 11 }, (_, i) => {
    const x = 100 + i * 40
    return `<line x1="${x}" y1="500" x2="${x}" y2="${i % 5 === 0 ? 520 : 512}" stroke="#444444" stroke-width="2"/>`
  }).join('')
  return (
    `<rect x="90" y="490" width="420" height="40" rx="4" fill="#f4e7c5" stroke="#b9a77a"/>${ticks}` +
    `<text x="300" y="565" text-anchor="middle" font-size="24" fill="#333333" ${FONT}>约 ${sizeMm} mm</text>`
  )
}

function nameCard(s: PictureSubject): string {
  const title = s.title.length > 12 ? `${s.title.slice(0, 12)}…` : s.title
  return (
    `<text x="40" y="110" font-size="34" font-weight="bold" fill="#2b2b2b" ${FONT}>${xmlEscape(title)}</text>` +
    `<text x="40" y="170" font-size="24" fill="#555555" ${FONT}>材质：${xmlEscape(s.material)}</text>` +
    `<text x="40" y="210" font-size="24" fill="#555555" ${FONT}>产地：${xmlEscape(s.origin)}</text>` +
    `<text x="40" y="250" font-size="24" fill="#555555" ${FONT}>尺寸：约 ${s.sizeMm} mm</text>` +
    `<rect x="40" y="272" width="520" height="3" fill="${s.palette.mid}"/>`
  )
}

export interface CertificateFields {
  certificateNo: string
  title: string
  material: string
  origin: string
  sizeMm: number
  weightG: number
  palette: Palette
  id: string
}

/** A demo certificate card; it says 演示 so it can never pass for a real laboratory's report. */
export function certificatePicture(c: CertificateFields): string {
  const W = 640
  const H = 420
  const rows: [string, string][] = [
    ['证书编号 No.', c.certificateNo],
    ['名称 Item', c.title.replace(/（孤品）$/, '')],
    ['材质 Material', `天然${c.material}`],
    ['产地 Origin', c.origin],
    ['尺寸 Size', `约 ${c.sizeMm} mm`],
    ['重量 Weight', `约 ${c.weightG} g`],
  ]
  const lines = rows
    .map(([k, v], i) =>
      `<text x="48" y="${130 + i * 38}" font-size="18" fill="#6b6b6b" ${FONT}>${xmlEscape(k)}</text>` +
      `<text x="210" y="${130 + i * 38}" font-size="20" fill="#222222" ${FONT}>${xmlEscape(v)}</text>`)
    .join('')
  const rng = rngFor(`${c.id}:certificate`)
  return svgDocument(
    W,
    H,
    paintDefs(c.palette),
    `<rect width="${W}" height="${H}" fill="#fbf8f1"/>` +
      `<rect x="12" y="12" width="${W - 24}" height="${H - 24}" fill="none" stroke="#b08d57" stroke-width="3"/>` +
      `<rect x="20" y="20" width="${W - 40}" height="${H - 40}" fill="none" stroke="#b08d57" stroke-width="1"/>` +
      `<text x="${W / 2}" y="72" text-anchor="middle" font-size="28" font-weight="bold" fill="#5a4320" ${FONT}>天然宝玉石鉴定证书（演示）</text>` +
      lines +
      `<g transform="translate(470 150) scale(0.28) translate(-300 -300)">${facetedStone(c.palette, rng, 300, 300, 200, 170, 9)}</g>` +
      `<circle cx="530" cy="340" r="44" fill="none" stroke="#c0392b" stroke-width="3" opacity="0.8"/>` +
      `<text x="530" y="348" text-anchor="middle" font-size="22" fill="#c0392b" opacity="0.8" ${FONT}>晶坊</text>` +
      `<text x="48" y="${H - 36}" font-size="14" fill="#8a8a8a" ${FONT}>演示数据 · 程序生成 · 非检测机构出具</text>`,
  )
}

/** 96×96 category icon: the category's typical form in a neutral crystal colour. */
export function categoryIcon(form: Form, palette: Palette, key: string): string {
  const piece = drawForm(form, palette, rngFor(`${key}:icon`), 10)
  return svgDocument(96, 96, paintDefs(palette), `<g transform="scale(${n(96 / SIZE)})">${piece}</g>`)
}
