/**
 * Vector drawings of crystal pieces. Each returns SVG body markup for a 600×600 canvas and relies on
 * the gradients declared by paintDefs(); shading comes from mixing the material's three colours, so
 * an amethyst point and a rose-quartz point differ only in palette.
 */
import type { Form } from '../forms'
import type { Rng } from '../prng'
import { mix, n, points } from './svg-kit'

export interface Palette {
  light: string
  mid: string
  dark: string
}

type Pt = readonly [number, number]

/** Gradients every drawing may use: lt (light→mid), dk (mid→dark), orb (spherical shading). */
export function paintDefs(p: Palette): string {
  return (
    `<linearGradient id="lt" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.light}"/><stop offset="1" stop-color="${p.mid}"/></linearGradient>` +
    `<linearGradient id="dk" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.mid}"/><stop offset="1" stop-color="${p.dark}"/></linearGradient>` +
    `<radialGradient id="orb" cx="0.35" cy="0.3" r="0.8"><stop offset="0" stop-color="${mix(p.light, '#ffffff', 0.5)}"/>` +
    `<stop offset="0.45" stop-color="${p.mid}"/><stop offset="1" stop-color="${p.dark}"/></radialGradient>`
  )
}

const poly = (pts: readonly Pt[], fill: string, extra = ''): string =>
  `<polygon points="${points(pts)}" fill="${fill}"${extra}/>`

const EDGE = ' stroke="#ffffff" stroke-opacity="0.45" stroke-width="1.5"'

/** A six-sided quartz point seen from the side: three prism faces and three termination facets. */
export function crystalPoint(p: Palette, cx: number, baseY: number, w: number, h: number, tilt: number): string {
  const top = baseY - h * 0.7
  const tipY = baseY - h
  const [x0, x1, x2, x3] = [cx - w / 2, cx - w / 6, cx + w / 6, cx + w / 2]
  const faces = [
    poly([[x0, baseY], [x1, baseY + 5], [x1, top + 6], [x0, top]], 'url(#lt)', EDGE),
    poly([[x1, baseY + 5], [x2, baseY + 5], [x2, top + 6], [x1, top + 6]], mix(p.light, '#ffffff', 0.35), EDGE),
    poly([[x2, baseY + 5], [x3, baseY], [x3, top], [x2, top + 6]], 'url(#dk)', EDGE),
    poly([[x0, top], [x1, top + 6], [cx, tipY]], mix(p.mid, p.light, 0.3), EDGE),
    poly([[x1, top + 6], [x2, top + 6], [cx, tipY]], mix(p.light, '#ffffff', 0.55), EDGE),
    poly([[x2, top + 6], [x3, top], [cx, tipY]], p.dark, EDGE),
  ]
  return `<g transform="rotate(${n(tilt)} ${n(cx)} ${n(baseY)})" opacity="0.95">${faces.join('')}</g>`
}

/** An irregular polygon around a centre, then fanned into triangles with alternating shades: a cut or broken stone. */
export function facetedStone(p: Palette, rng: Rng, cx: number, cy: number, rx: number, ry: number, sides: number): string {
  const outline: Pt[] = []
  for (let i = 0; i < sides; i++) {
    const a = (i / sides) * Math.PI * 2 + rng.next() * 0.3
    const jitter = 0.8 + rng.next() * 0.25
    outline.push([cx + Math.cos(a) * rx * jitter, cy + Math.sin(a) * ry * jitter])
  }
  const hub: Pt = [cx - rx * 0.15, cy - ry * 0.2]
  const shades = [p.light, p.mid, mix(p.mid, p.dark, 0.5), mix(p.light, p.mid, 0.5), p.dark]
  return outline
    .map((pt, i) => poly([hub, pt, outline[(i + 1) % sides]], shades[i % shades.length], EDGE))
    .join('')
}

function rockBase(cx: number, y: number, w: number): string {
  return `<ellipse cx="${n(cx)}" cy="${n(y)}" rx="${n(w / 2)}" ry="${n(w / 7)}" fill="#6f6a66"/>` +
    `<ellipse cx="${n(cx)}" cy="${n(y - 6)}" rx="${n(w / 2.2)}" ry="${n(w / 9)}" fill="#8a847e"/>`
}

function cluster(p: Palette, rng: Rng): string {
  const parts = [rockBase(300, 470, 420)]
  const count = rng.int(6, 9)
  const specs = Array.from({ length: count }, () => ({
    x: 300 + (rng.next() - 0.5) * 280,
    h: 130 + rng.next() * 170,
    w: 40 + rng.next() * 40,
    tilt: (rng.next() - 0.5) * 70,
  })).sort((a, b) => b.h - a.h) // tall ones behind
  for (const s of specs) parts.push(crystalPoint(p, s.x, 460, s.w, s.h, s.tilt))
  return parts.join('')
}

function geode(p: Palette, rng: Rng): string {
  const parts = [
    `<ellipse cx="300" cy="300" rx="200" ry="240" fill="#5b534d"/>`,
    `<ellipse cx="300" cy="300" rx="165" ry="205" fill="${p.dark}"/>`,
  ]
  for (let i = 0; i < 70; i++) {
    const a = rng.next() * Math.PI * 2
    const r = Math.sqrt(rng.next())
    const x = 300 + Math.cos(a) * r * 150
    const y = 300 + Math.sin(a) * r * 190
    const s = 10 + rng.next() * 16
    parts.push(poly([[x - s / 2, y + s / 2], [x + s / 2, y + s / 2], [x, y - s]], rng.pick([p.light, p.mid, mix(p.mid, p.dark, 0.4)]), ' opacity="0.9"'))
  }
  parts.push(`<rect x="230" y="530" width="140" height="22" rx="4" fill="#3a3a3a"/>`)
  return parts.join('')
}

function bracelet(p: Palette, rng: Rng, beadMm: number): string {
  const ringR = 170
  const beadR = 9 + beadMm * 1.6
  const count = Math.floor((Math.PI * ringR) / beadR)
  const parts = [`<circle cx="300" cy="300" r="${ringR}" fill="none" stroke="#b9b2aa" stroke-width="2"/>`]
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2
    const x = 300 + Math.cos(a) * ringR
    const y = 300 + Math.sin(a) * ringR
    const tint = rng.next() < 0.5 ? mix(p.mid, p.light, rng.next() * 0.4) : mix(p.mid, p.dark, rng.next() * 0.5)
    parts.push(
      `<circle cx="${n(x)}" cy="${n(y)}" r="${n(beadR)}" fill="${tint}"/>` +
        `<circle cx="${n(x)}" cy="${n(y)}" r="${n(beadR)}" fill="url(#orb)" opacity="0.6"/>` +
        `<ellipse cx="${n(x - beadR * 0.35)}" cy="${n(y - beadR * 0.4)}" rx="${n(beadR * 0.28)}" ry="${n(beadR * 0.18)}" fill="#ffffff" opacity="0.75"/>`,
    )
  }
  return parts.join('')
}

function pendant(p: Palette, rng: Rng): string {
  const outline: Pt[] = []
  for (let i = 0; i < 14; i++) {
    const t = (i / 14) * Math.PI * 2
    // teardrop: narrow at the top, round at the bottom
    outline.push([300 + Math.sin(t) * 110 * Math.sin(t / 2), 360 - Math.cos(t) * 150])
  }
  const hub: Pt = [300, 370]
  const shades = [p.light, p.mid, mix(p.light, '#ffffff', 0.4), p.dark, mix(p.mid, p.dark, 0.4)]
  const facets = outline.map((pt, i) => poly([hub, pt, outline[(i + 1) % outline.length]], shades[(i + rng.int(0, 1)) % shades.length], EDGE))
  return (
    `<path d="M110 40 Q300 260 490 40" fill="none" stroke="#c3c7cf" stroke-width="3" stroke-dasharray="6 3"/>` +
    `<rect x="288" y="180" width="24" height="36" rx="8" fill="#d6d9df" stroke="#9aa0aa"/>` +
    `<polygon points="${points(outline)}" fill="none" stroke="#c9ccd3" stroke-width="8"/>` +
    facets.join('')
  )
}

function sphere(_p: Palette, rng: Rng): string {
  const parts = [
    `<polygon points="200,500 400,500 370,450 230,450" fill="#8b5a34"/>`,
    `<circle cx="300" cy="290" r="160" fill="url(#orb)"/>`,
  ]
  for (let i = 0; i < 3; i++) {
    const y = 220 + rng.next() * 140
    parts.push(`<path d="M${n(200 + rng.next() * 60)} ${n(y)} q60 ${n(-30 + rng.next() * 60)} 140 ${n(-20 + rng.next() * 40)}" stroke="#ffffff" stroke-opacity="0.35" stroke-width="2" fill="none"/>`)
  }
  parts.push(`<ellipse cx="245" cy="215" rx="48" ry="28" fill="#ffffff" opacity="0.55"/>`)
  return parts.join('')
}

function palmStone(p: Palette, rng: Rng): string {
  return (
    `<ellipse cx="300" cy="310" rx="180" ry="125" fill="url(#orb)"/>` +
    `<path d="M${n(180 + rng.next() * 40)} 300 Q300 ${n(200 + rng.next() * 40)} 430 290 Q330 360 190 320Z" fill="${mix(p.light, '#7fd4ff', 0.4)}" opacity="0.35"/>` +
    `<ellipse cx="240" cy="250" rx="50" ry="22" fill="#ffffff" opacity="0.5"/>`
  )
}

function seal(p: Palette): string {
  return (
    poly([[240, 160], [340, 160], [340, 500], [240, 500]], 'url(#lt)', EDGE) +
    poly([[340, 160], [390, 130], [390, 470], [340, 500]], 'url(#dk)', EDGE) +
    poly([[240, 160], [290, 130], [390, 130], [340, 160]], mix(p.light, '#ffffff', 0.4), EDGE)
  )
}

function paperweight(p: Palette): string {
  const bar = (y: number) =>
    poly([[90, y], [470, y], [470, y + 50], [90, y + 50]], 'url(#dk)', EDGE) +
    poly([[90, y], [130, y - 25], [510, y - 25], [470, y]], mix(p.mid, p.light, 0.5), EDGE) +
    poly([[470, y], [510, y - 25], [510, y + 25], [470, y + 50]], p.dark, EDGE)
  return bar(250) + bar(360)
}

function brushRest(p: Palette, rng: Rng): string {
  const ridge: Pt[] = [[80, 450], [150, 300], [210, 380], [300, 180], [390, 370], [450, 280], [520, 450]]
  const shades = [p.light, p.mid, mix(p.light, '#ffffff', 0.3), p.dark]
  const parts: string[] = []
  for (let i = 0; i < ridge.length - 1; i++) {
    const base: Pt = [ridge[i][0] + (ridge[i + 1][0] - ridge[i][0]) / 2 + (rng.next() - 0.5) * 20, 450]
    parts.push(poly([ridge[i], ridge[i + 1], base], shades[i % shades.length], EDGE))
  }
  parts.push(poly([[80, 450], [520, 450], [500, 480], [100, 480]], p.dark))
  return parts.join('')
}

function gourd(p: Palette): string {
  return (
    `<rect x="290" y="110" width="20" height="40" rx="6" fill="#7a5a3a"/>` +
    `<circle cx="300" cy="350" r="125" fill="url(#orb)"/>` +
    `<circle cx="300" cy="210" r="75" fill="url(#orb)"/>` +
    `<ellipse cx="300" cy="265" rx="55" ry="12" fill="${p.dark}" opacity="0.35"/>` +
    `<ellipse cx="260" cy="300" rx="35" ry="18" fill="#ffffff" opacity="0.45"/>`
  )
}

/** The main drawing of a piece of the given form. */
export function drawForm(form: Form, p: Palette, rng: Rng, beadMm: number): string {
  switch (form) {
    case 'bracelet': return bracelet(p, rng, beadMm)
    case 'pendant': return pendant(p, rng)
    case 'cluster': return cluster(p, rng)
    case 'geode': return geode(p, rng)
    case 'point': return rockBase(300, 500, 200) + crystalPoint(p, 300, 490, 130, 400, (rng.next() - 0.5) * 10)
    case 'sphere': return sphere(p, rng)
    case 'raw': return facetedStone(p, rng, 300, 310, 210, 160, rng.int(8, 11))
    case 'palm': return palmStone(p, rng)
    case 'seal': return seal(p)
    case 'paperweight': return paperweight(p)
    case 'brushRest': return brushRest(p, rng)
    case 'gourd': return gourd(p)
  }
}
