import { describe, expect, it } from 'vitest'
import { buildSeed, seedShop } from '../../../local-cloud/seed'
import { readVideoAsset, SEED_VIDEO_PRODUCTS, videoPath } from '../../../local-cloud/seed/videos'
import { memoryTarget } from '../../unit/seed/memory-target'

describe('seeded product videos', () => {
  it('are small real mp4 files, copied into the files dir and linked from their products', () => {
    const mem = memoryTarget()
    seedShop(mem.target, { baseTime: Date.UTC(2026, 10, 1), ownerOpenid: 'dev-owner' })
    const products = buildSeed(Date.UTC(2026, 10, 1)).products
    for (const id of SEED_VIDEO_PRODUCTS) {
      const bytes = readVideoAsset(id)
      expect(bytes.length).toBeLessThan(150 * 1024)
      expect(Buffer.from(bytes.subarray(4, 8)).toString('latin1')).toBe('ftyp')
      expect(mem.files.get(videoPath(id))).toEqual(bytes)
      expect(products.find((p) => p._id === id)?.media.video).toBe(`/files/${videoPath(id)}`)
    }
    expect(products.filter((p) => p.media.video).length).toBe(SEED_VIDEO_PRODUCTS.length)
  })
})
