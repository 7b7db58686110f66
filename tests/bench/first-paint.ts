/**
 * First contentful paint of the shop's H5 home page in headless Chromium, served by the local shop
 * exactly as `npm start` serves it. Each sample uses a fresh browser context (cold cache).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { startLocalShop } from '../../local-cloud/local-shop'
import { OWNER } from '../kit/test-cloud'

const HOME = '/#/pages/home/index'

/**
 * Resolves with the paint entry's start time. A string, not a function: tsx compiles this file with
 * esbuild's keepNames, whose `__name` helper does not exist inside the page.
 */
const READ_FCP = `new Promise((resolve, reject) => {
  const found = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime
  if (found() !== undefined) return resolve(found())
  new PerformanceObserver(() => { if (found() !== undefined) resolve(found()) }).observe({ type: 'paint', buffered: true })
  setTimeout(() => reject(new Error('no first-contentful-paint within 20 s')), 20000)
})`

export async function measureFirstPaint(distDir: string, samples: number): Promise<number[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jf-bench-fcp-'))
  const shop = await startLocalShop({
    dataDir,
    functionsDir: join(distDir, 'cloudfunctions'),
    h5Dir: join(distDir, 'h5'),
    port: 0,
    env: { JF_OWNER_OPENID: OWNER },
    timers: false,
  })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  try {
    const out: number[] = []
    for (let i = 0; i < samples; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
      const page = await context.newPage()
      await page.goto(`${shop.url}${HOME}`)
      const fcp = (await page.evaluate(READ_FCP)) as number
      out.push(fcp)
      await context.close()
    }
    return out
  } finally {
    await browser.close()
    await shop.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
