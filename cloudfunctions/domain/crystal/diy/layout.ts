/**
 * Where each bead of a design sits on the round preview, computed purely so it is testable and the
 * same on H5 and weapp (the page positions Views with these numbers). Beads are laid around a circle
 * in ring order, each taking an arc proportional to its size (mm), starting at the top and going
 * clockwise; the circle is scaled so the largest bead still fits inside the box. A charm hangs at
 * the bottom, just outside the ring.
 */

export interface RingBead {
  /** Centre, in px from the box's top-left corner. */
  x: number
  y: number
  /** Diameter in px. */
  d: number
  /** Angle of the centre, degrees clockwise from the top (0 ≤ angle < 360). */
  angleDeg: number
}

export interface RingLayout {
  beads: RingBead[]
  charm: RingBead | null
  /** Radius of the string in px. */
  radius: number
  /** px per mm. */
  scale: number
}

const round = (n: number) => Math.round(n * 100) / 100

/**
 * `sizesMm`: each ring bead's size in order; `boxPx`: the square box's side; `charmMm`: the charm's size
 * (or null). Empty ring → no beads.
 */
export function ringLayout(sizesMm: readonly number[], boxPx: number, charmMm: number | null = null): RingLayout {
  const total = sizesMm.reduce((s, n) => s + n, 0)
  if (sizesMm.length === 0 || total <= 0 || boxPx <= 0) return { beads: [], charm: null, radius: 0, scale: 0 }
  const largest = Math.max(...sizesMm)
  // The string's circumference is the strung length: 2πR = total·scale. Across, the ring with its
  // largest bead takes 2R + largest·scale; down, a hanging charm adds its own size below.
  const charmRoom = charmMm ? charmMm : 0
  const scale = boxPx / (total / Math.PI + largest + charmRoom)
  const radius = (total * scale) / (2 * Math.PI)
  const c = boxPx / 2
  // With a charm the ring moves up so ring and charm together are centred in the box.
  const cy = radius + (largest * scale) / 2 + ((boxPx - (2 * radius + (largest + charmRoom) * scale)) / 2)
  let run = 0
  const beads = sizesMm.map((mm) => {
    const mid = (run + mm / 2) / total
    run += mm
    const a = mid * 2 * Math.PI
    return { x: round(c + radius * Math.sin(a)), y: round(cy - radius * Math.cos(a)), d: round(mm * scale), angleDeg: round((mid * 360) % 360) }
  })
  const charm = charmMm
    ? { x: round(c), y: round(cy + radius + (largest * scale) / 2 + (charmMm * scale) / 2), d: round(charmMm * scale), angleDeg: 180 }
    : null
  return { beads, charm, radius: round(radius), scale }
}
