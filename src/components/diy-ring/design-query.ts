/**
 * A DIY design in a page query: the ring as run-length segments `id*count` joined by `.` (ids are
 * [A-Za-z0-9_-], so neither `.` nor `*` can occur in them), plus the charm and a typed wrist. Short
 * enough for a mini program URL even for a 48-bead ring. Pure.
 */
import type { DiyDesign } from '@cloud/contracts/diy-design'

const ID = /^[A-Za-z0-9_-]{1,64}$/
const MAX_RING = 48

export function encodeRing(beads: readonly string[]): string {
  const parts: string[] = []
  for (let i = 0; i < beads.length; ) {
    let j = i
    while (j < beads.length && beads[j] === beads[i]) j++
    parts.push(j - i > 1 ? `${beads[i]}*${j - i}` : beads[i])
    i = j
  }
  return parts.join('.')
}

export function decodeRing(text: string): string[] | null {
  if (!text) return null
  const beads: string[] = []
  for (const part of text.split('.')) {
    const [id, times, extra] = part.split('*')
    const n = times === undefined ? 1 : Number(times)
    if (extra !== undefined || !ID.test(id) || !Number.isInteger(n) || n < 1 || beads.length + n > MAX_RING) return null
    for (let k = 0; k < n; k++) beads.push(id)
  }
  return beads
}

export function designQuery(design: DiyDesign): Record<string, string | number> {
  return { from: 'diy', ring: encodeRing(design.beads), ...(design.charmId ? { charm: design.charmId } : {}), ...(design.wristMm ? { wrist: design.wristMm } : {}) }
}

export function designFromQuery(params: Record<string, string | undefined>): DiyDesign | null {
  const beads = decodeRing(params.ring ?? '')
  if (!beads) return null
  if (params.charm !== undefined && !ID.test(params.charm)) return null
  const wrist = params.wrist === undefined ? undefined : Number(params.wrist)
  if (wrist !== undefined && (!Number.isInteger(wrist) || wrist < 100 || wrist > 250)) return null
  return { beads, ...(params.charm ? { charmId: params.charm } : {}), ...(wrist ? { wristMm: wrist } : {}) }
}
