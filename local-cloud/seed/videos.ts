/**
 * Short product videos for the demo shop: real H.264 mp4 files (a few KB each, made once with ffmpeg
 * and committed under assets/video/, because no encoder is available when the seed runs). The seed
 * copies them into the files directory and points `media.video` at them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const SEED_VIDEO_PRODUCTS = ['p-amethyst-cluster-01', 'p-amethyst-bracelet-01', 'p-clear-quartz-sphere-01'] as const

export const videoPath = (productId: string) => `seed/video/${productId}.mp4`

const ASSET_DIR = join(__dirname, 'assets', 'video')

export function readVideoAsset(productId: string): Uint8Array {
  return readFileSync(join(ASSET_DIR, `${productId}.mp4`))
}
