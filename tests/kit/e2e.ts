/**
 * E2E kit: a local shop on a free port with a temp database and the demo seed, Chromium pages opened as
 * a chosen identity, screenshots into test-results/. Journeys in tests/e2e build on these.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startLocalShop, type LocalShop } from '../../local-cloud/local-shop'
import { DIST_DIR, FUNCTIONS_DIR, OWNER, REPO_ROOT } from './test-cloud'

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots')
export const SHOPPER = 'e2e-shopper'
export const MERCHANT = OWNER

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface E2EShop {
  shop: LocalShop
  browser: Browser
  /** Opens a page of the H5 shop (hash route, e.g. `/pages/home/index`) as `openid`, phone-sized. */
  open(route: string, openid?: string): Promise<Page>
  screenshot(page: Page, name: string): Promise<string>
  close(): Promise<void>
}

export async function startE2EShop(): Promise<E2EShop> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jf-e2e-'))
  const shop = await startLocalShop({
    dataDir,
    functionsDir: FUNCTIONS_DIR,
    h5Dir: join(DIST_DIR, 'h5'),
    port: 0,
    env: { JF_OWNER_OPENID: OWNER },
    timers: false,
  })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return {
    shop,
    browser,
    async open(route, openid = SHOPPER) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' })
      await context.addInitScript((id) => window.localStorage.setItem('jf.identity', id), openid)
      const page = await context.newPage()
      page.on('pageerror', (err) => console.error(`[browser] ${err.message}`))
      await page.goto(`${shop.url}/#${route}`)
      return page
    },
    async screenshot(page, name) {
      const file = join(SCREENSHOT_DIR, `${name}.png`)
      await page.screenshot({ path: file })
      return file
    },
    async close() {
      await browser.close()
      await shop.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
