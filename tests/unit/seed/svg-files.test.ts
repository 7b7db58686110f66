import { describe, expect, it } from 'vitest'
import { buildSeed } from '../../../local-cloud/seed'
import { svgProblems } from './svg-check'

const seed = buildSeed(Date.UTC(2026, 10, 20))

describe('generated pictures', () => {
  it('are well-formed SVG documents with width, height and viewBox', () => {
    for (const file of seed.files) {
      expect(file.path).toMatch(/^seed\/[A-Za-z0-9_.-]+\.svg$/)
      expect(svgProblems(file.content), file.path).toEqual([])
    }
  })

  it('stay small: under 2 MB together and no single file over 40 KB', () => {
    const sizes = seed.files.map((f) => Buffer.byteLength(f.content, 'utf8'))
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(2 * 1024 * 1024)
    expect(Math.max(...sizes)).toBeLessThan(40 * 1024)
  })

  it('have unique paths', () => {
    const paths = seed.files.map((f) => f.path)
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('differ per product, and certificates show their own number', () => {
    const covers = seed.products.map((p) => seed.files.find((f) => `/files/${f.path}` === p.media.images[0])?.content)
    expect(new Set(covers).size).toBe(seed.products.length)
    for (const p of seed.products.filter((x) => x.attrs.certificateNo)) {
      const card = seed.files.find((f) => `/files/${f.path}` === p.attrs.certificateImage)
      expect(card?.content).toContain(p.attrs.certificateNo)
      expect(card?.content).toContain('演示')
    }
  })

  it('escape text so titles cannot break the markup', () => {
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1"><text>a & b</text></svg>')).toContain('unescaped &')
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1"><g></svg>')).not.toEqual([])
    expect(svgProblems('<svg viewBox="0 0 1 1"></svg>')).toContain('root lacks width="')
  })
})
