/** The DIY admin forms as text fields → action inputs, purely (yuan text to fen, size lists). */
import { fenToYuanPlain, yuanTextToFen } from '../../../../cloudfunctions/domain/money'
import type { DiyComponent, DiyComponentSaveInput, DiyKind, DiyRules } from '@cloud/contracts/diy'

export interface ComponentForm {
  id?: string
  version?: number
  kind: DiyKind
  name: string
  material: string
  beadMm: string
  price: string
  color: string
  fits: string
  on: boolean
  sort: string
  stockDelta: string
}

export const emptyComponentForm = (kind: DiyKind = 'base'): ComponentForm => ({ kind, name: '', material: '', beadMm: '8', price: '', color: '#8e5bb5', fits: '', on: true, sort: '0', stockDelta: '0' })

export const formOf = (c: DiyComponent): ComponentForm => ({
  id: c._id,
  version: c.version,
  kind: c.kind,
  name: c.name,
  material: c.material,
  beadMm: String(c.beadMm),
  price: fenToYuanPlain(c.price),
  color: c.color,
  fits: c.fitsBeadMm.join(','),
  on: c.status === 'on',
  sort: String(c.sort),
  stockDelta: '0',
})

/** ¥ text to integer fen without float error ("12.3" → 1230); NaN when it is not money. */
export function yuanToFen(text: string): number {
  try {
    return yuanTextToFen(text)
  } catch {
    return Number.NaN
  }
}

const ints = (text: string) => text.split(/[,，\s]+/).filter(Boolean).map(Number)

export function toSaveInput(f: ComponentForm): DiyComponentSaveInput {
  return {
    ...(f.id ? { id: f.id, version: f.version } : {}),
    kind: f.kind,
    name: f.name.trim(),
    material: f.material.trim(),
    beadMm: Number(f.beadMm),
    price: yuanToFen(f.price),
    color: f.color.trim(),
    fitsBeadMm: f.kind === 'charm' ? ints(f.fits) : [],
    status: f.on ? 'on' : 'off',
    sort: Number(f.sort || '0'),
    stockDelta: Number(f.stockDelta || '0'),
  }
}

export const sizesText = (rules: DiyRules) => rules.beadSizes.map((s) => `${s.beadMm}:${s.maxBeads}`).join(', ')

/** "8:26, 10:22" → sizes; null when a pair is malformed. */
export function parseSizes(text: string): DiyRules['beadSizes'] | null {
  const pairs = text.split(/[,，]+/).map((p) => p.trim()).filter(Boolean)
  const out: DiyRules['beadSizes'] = []
  for (const p of pairs) {
    const m = /^(\d{1,2})\s*[:：]\s*(\d{1,2})$/.exec(p)
    if (!m) return null
    out.push({ beadMm: Number(m[1]), maxBeads: Number(m[2]) })
  }
  return out.length ? out : null
}
